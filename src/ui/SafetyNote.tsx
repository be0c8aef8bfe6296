/** Always visible in every view: this is not medical advice, and here is when to get help. */
export function SafetyNote() {
  return (
    <p class="bs-safety" role="note">
      <strong>See a doctor</strong> if back pain is severe, lasts or keeps returning. <strong>Get urgent care</strong>{' '}
      if it comes with chest pain or shortness of breath.
    </p>
  );
}
