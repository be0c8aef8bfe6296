import type { TipTexts } from '../language';

/** Español. */
export const es: TipTexts = {
  posture: {
    title: 'Corre con el cuerpo erguido y los hombros bajos',
    summary: 'Un tronco encorvado o tenso hace que los músculos entre los omóplatos trabajen durante toda la carrera.',
    steps: [
      'Más o menos cada kilómetro, baja los hombros lejos de las orejas y suelta los puños.',
      'Mira al suelo unos 10–20 m por delante para que la cabeza quede sobre la columna y no adelantada.',
      'Inclínate desde los tobillos, no desde la cintura, y mantén el abdomen ligeramente firme.',
    ],
  },
  'chest-stretch': {
    title: 'Destensa el pecho',
    summary:
      'Unos pectorales tensos llevan los hombros hacia delante y obligan a la parte alta de la espalda a sujetarlos.',
    steps: [
      'Ponte en el marco de una puerta con los antebrazos apoyados a la altura de los hombros y da un paso al frente hasta notar que se abre el pecho: 30 s, dos veces.',
      'Entrelaza las manos detrás de la espalda y levántalas con suavidad mientras juntas los omóplatos.',
    ],
  },
  'upper-back-strength': {
    title: 'Fortalece la parte alta de la espalda',
    summary:
      'El trabajo de fuerza reduce las lesiones en muchos deportes. Ningún ensayo lo ha probado contra el dolor en la parte alta de la espalda en corredores, pero unos músculos de la espalda más fuertes pueden mantener tu postura durante más tiempo.',
    steps: [
      'Dos veces por semana, haz 3 series de 10–12 remos con goma elástica, mancuerna o polea.',
      'Añade dominadas, dominadas asistidas, o face pulls (tirones a la cara con polea) si las dominadas aún no te salen.',
      'Termina con 2 series de 15 aperturas lentas con goma elástica (band pull-aparts).',
    ],
  },
  breathing: {
    title: 'Respira con el abdomen',
    summary:
      'Las respiraciones rápidas y superficiales ponen a trabajar los músculos del cuello y de la parte alta de la espalda; las profundas les dejan descansar.',
    steps: [
      'Al inspirar, deja que suba el abdomen, no los hombros.',
      'Prueba un ritmo constante, por ejemplo inspirar durante tres pasos y espirar durante dos.',
      'Cuando en un esfuerzo intenso notes que los hombros se te suben, suelta el aire despacio y déjalos caer.',
    ],
  },
  'carried-weight': {
    title: 'Aligera lo que llevas',
    summary: 'Una mochila o cualquier carga extra hace que la espalda y los hombros trabajen más en cada zancada.',
    steps: [
      'Lleva solo lo que necesitas; deja las cosas pesadas en el trabajo o envíalas por otro lado.',
      'Usa una mochila de running con las dos hombreras y la correa del pecho abrochadas, con la carga arriba y pegada a la espalda.',
      'Lleva las botellas y el teléfono en un chaleco o un cinturón en lugar de en una mano.',
    ],
  },
  hydration: {
    title: 'Bebe según la sed',
    summary:
      'La sed es una buena guía en la mayoría de las carreras. Los estudios en deportistas de resistencia no han relacionado los calambres con la falta de agua, y beber mucho más de lo necesario en una carrera larga puede diluir el sodio de la sangre (hiponatremia).',
    steps: [
      'Bebe como lo harías normalmente a lo largo del día; no hace falta cargarse de líquido antes de salir.',
      'En carreras de más de una hora, o con calor, lleva agua y bebe cuando tengas sed.',
      'No te obligues a beber según un horario: pesar más después de una carrera larga que antes significa que has bebido demasiado.',
      'Dolor de cabeza, náuseas o confusión después de beber mucho en una carrera larga necesitan ayuda médica, no más agua.',
    ],
  },
  overuse: {
    title: 'Dale tiempo a tu cuerpo para recuperarse',
    summary:
      'El mismo movimiento repetido miles de veces se acumula; es durante la recuperación cuando el cuerpo se adapta a él.',
    steps: [
      'Planifica al menos un día de descanso completo a la semana, y más después de una semana fuerte.',
      'Cuando notes la espalda cansada, cambia una carrera suave por caminar, bici en posición erguida o elíptica.',
      'Aumenta tu distancia semanal poco a poco, no de golpe.',
    ],
  },
  stress: {
    title: 'Suelta la tensión',
    summary:
      'El estrés suele instalarse en los hombros y la parte alta de la espalda, y puede quedarse ahí durante toda la carrera.',
    steps: [
      'Dedica cinco minutos a respirar despacio o a una rutina breve de relajación antes de una sesión dura.',
      'Prueba una sesión suave de yoga o de movilidad en un día de descanso.',
    ],
  },
  footwear: {
    title: 'Revisa tus zapatillas',
    summary:
      'Unas zapatillas gastadas o que no te quedan bien pueden cambiar tu forma de moverte. No se sabe si el calzado influye en la parte alta de la espalda, y los estudios sobre lesiones en corredores señalan la comodidad como la mejor guía.',
    steps: [
      'Mira la mediasuela y la suela: pliegues profundos o zonas lisas indican que la zapatilla está gastada.',
      'Muchos corredores cambian de zapatillas en algún punto entre los 500 y los 800 km, aunque ninguna distancia está demostrada.',
      'Elige el par que te resulte más cómodo al correr con él, no por lo que diga su etiqueta de soporte o estabilidad.',
    ],
  },
  'see-a-doctor': {
    title: 'Reconoce cuándo ir al médico',
    summary:
      'La mayoría de las molestias después de correr son musculares, pero algunos dolores de espalda indican algo que necesita un profesional.',
    steps: [
      'Pide una ambulancia de inmediato si el dolor de espalda viene con dolor u opresión en el pecho, falta de aire que el esfuerzo no explica, dolor que se extiende al brazo, la mandíbula o el cuello, o un dolor repentino y desgarrador entre los omóplatos. La nota de seguridad recoge todos los signos de alarma.',
      'Un dolor en la parte alta de la espalda o en el pecho que aparece con el esfuerzo y se alivia con el reposo necesita que lo vea un médico antes de tu próxima carrera, aunque ya se haya ido.',
      'Ve pronto al médico o al fisioterapeuta si el dolor es fuerte, te despierta por la noche, viene con hormigueo en un brazo o no mejora después de dos o tres semanas.',
    ],
  },
  'invisible-backpack': {
    title: 'La «mochila invisible»',
    summary:
      'Algunos corredores se imaginan sus preocupaciones como un peso a la espalda. Nada lo respalda; tómalo, como mucho, como una metáfora.',
    steps: [
      'Si la imagen te ayuda, imagina que dejas la mochila en el suelo antes de empezar.',
      'Luego comprueba que tus hombros de verdad han bajado.',
    ],
  },
  moon: {
    title: 'La luna y tus músculos',
    summary:
      'Una creencia popular relaciona las fases de la luna con la tensión muscular. No hay pruebas que lo respalden.',
    steps: [
      'Si te pica la curiosidad, apunta la fase de la luna junto a cómo notas la espalda después de correr.',
      'Mira si algún patrón resiste unos meses de notas; lo esperable es que no aparezca ninguno.',
    ],
  },
  surface: {
    title: 'Fíjate en el suelo que pisas',
    summary: 'Un suelo duro o irregular hace que todo el cuerpo se tense y se ajuste, hasta llegar a los hombros.',
    steps: [
      'Cuando puedas, alterna con carreras por césped, senderos lisos o pista.',
      'En senderos técnicos, acorta la zancada y lleva los brazos sueltos para mantener el equilibrio.',
    ],
  },
  pace: {
    title: 'Que la mayoría de tus carreras sean suaves',
    summary:
      'Correr más rápido significa fuerzas mayores en cada zancada, y la técnica es lo primero que se pierde con la velocidad.',
    steps: [
      'Corre la mayor parte de la semana a un ritmo al que podrías mantener una conversación.',
      'En las sesiones rápidas, corta antes una serie en cuanto se te tensen los hombros o se te deshaga la técnica.',
    ],
  },
  'warm-up-cool-down': {
    title: 'Calienta y vuelve a la calma',
    summary:
      'Unos minutos suaves al principio te ayudan a correr mejor cuando aceleras. No se ha demostrado que el calentamiento ni la vuelta a la calma prevengan el dolor de espalda, pero cuestan poco.',
    steps: [
      'Empieza con 5–10 minutos de trote suave, luego círculos con los brazos, balanceos de piernas y unas cuantas aceleraciones cortas.',
      'Termina con 5 minutos de trote suave o caminando antes de parar.',
    ],
  },
  genetics: {
    title: 'Conoce tu propia constitución',
    summary:
      'Los estudios con gemelos sugieren que tu tendencia al dolor de espalda y de cuello es en parte heredada. No puedes cambiarlo, pero sí tenerlo en cuenta al planificar.',
    steps: [
      'Si la rigidez es cosa de familia o te vuelve una y otra vez, haz de la movilidad un hábito, no un parche.',
      'Date algo más de tiempo de calentamiento del que indica el plan de entrenamiento.',
    ],
  },
  weather: {
    title: 'Vístete y bebe según el tiempo',
    summary:
      'El frío hace que notes los músculos rígidos; el calor hace que cada kilómetro cueste más y aumenta el agua que pierdes.',
    steps: [
      'Con frío, vístete por capas, tápate el cuello y calienta primero bajo techo.',
      'Con calor, corre a primera hora o al caer la tarde, baja el ritmo y lleva agua.',
    ],
  },
  'mind-over-matter': {
    title: 'Adónde va tu atención',
    summary:
      'La atención y las expectativas cambian cómo se siente el dolor. Centrarte en lo positivo puede ayudar un poco; no arreglará una causa.',
    steps: [
      'En un tramo duro, lleva tu atención a la respiración o a lo que te rodea en lugar de a la molestia.',
      'Si el dolor vuelve a atrapar tu atención una y otra vez, tómalo como información, no como una prueba de voluntad.',
    ],
  },
  stretches: {
    title: 'Tres estiramientos para la parte alta de la espalda',
    summary:
      'Mover con suavidad la parte alta de la espalda después de correr puede sentar bien. No se ha demostrado que estirar prevenga lesiones, así que tómalos como comodidad, no como protección.',
    steps: [
      'Gato-vaca: a cuatro patas, redondea y luego arquea la espalda despacio, 8–10 veces.',
      'Postura del niño: siéntate sobre los talones con los brazos estirados hacia delante, durante 30–60 s.',
      'Rotaciones torácicas: acuéstate de lado con las rodillas dobladas y abre el brazo de arriba hacia el otro lado, 8 por lado.',
    ],
  },
  'new-runner': {
    title: '¿Empiezas a correr? Cuenta con algo de dolor muscular',
    summary: 'Los músculos que nunca han trabajado así duelen unos días mientras se adaptan.',
    steps: [
      'Ve aumentando poco a poco, con días de descanso entre carreras al principio.',
      'Unas molestias musculares leves que desaparecen en pocos días son normales; un dolor agudo o que dura merece una revisión.',
      'El dolor muscular llega después de correr; un dolor en la parte alta de la espalda o en el pecho que empieza mientras corres y se alivia al parar es otra cosa: ve al médico antes de tu próxima carrera.',
    ],
  },
};
