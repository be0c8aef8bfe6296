import type { TipTexts } from '../language';

/** English. Our own words throughout: the article's facts, none of its sentences. */
export const en: TipTexts = {
  posture: {
    title: 'Run tall, shoulders low',
    summary: 'A hunched or tense upper body keeps the muscles between your shoulder blades working all run long.',
    steps: [
      'Every kilometre or so, drop your shoulders away from your ears and let your hands unclench.',
      'Look at the ground 10–20 m ahead so your head sits over your spine, not in front of it.',
      'Lean from the ankles, not the waist, and keep a light brace in your belly.',
    ],
  },
  'chest-stretch': {
    title: 'Open up a tight chest',
    summary: 'Tight chest muscles round the shoulders forward and leave the upper back holding them in place.',
    steps: [
      'Stand in a doorway, forearms on the frame at shoulder height, and step through until the chest opens: 30 s, twice.',
      'Clasp your hands behind your back and lift them gently while you squeeze the shoulder blades together.',
    ],
  },
  'upper-back-strength': {
    title: 'Build a stronger upper back',
    summary:
      'Strength work cuts injuries across many sports. No trial has tested it against upper-back pain in runners, but stronger back muscles may hold your form for longer.',
    steps: [
      'Twice a week, do 3 sets of 10–12 rows with a band, dumbbell or cable.',
      'Add pull-ups, assisted pull-ups, or face pulls if pull-ups are out of reach.',
      'Finish with 2 sets of 15 slow band pull-aparts.',
    ],
  },
  breathing: {
    title: 'Breathe from the belly',
    summary: 'Quick, shallow breaths recruit the neck and upper-back muscles; deeper breaths let them rest.',
    steps: [
      'Let your belly, not your shoulders, rise as you breathe in.',
      'Try a steady rhythm, such as in for three steps and out for two.',
      'When your shoulders creep up on a hard effort, breathe out slowly and let them drop.',
    ],
  },
  'carried-weight': {
    title: 'Lighten what you carry',
    summary: 'A pack or any extra load makes your back and shoulders work harder on every stride.',
    steps: [
      'Carry only what you need; leave heavy things at work or send them ahead.',
      'Use a running pack with both shoulder straps and the chest strap done up, load high and close to your back.',
      'Keep bottles and your phone in a vest or belt rather than in one hand.',
    ],
  },
  hydration: {
    title: 'Drink to thirst',
    summary:
      'Thirst is a good guide on most runs. Studies of endurance athletes have not tied cramps to a lack of water, and drinking far more than you need on a long run can dilute the sodium in your blood (hyponatraemia).',
    steps: [
      'Drink as you normally would through the day; there is no need to load up before you go.',
      'On runs over an hour, or in the heat, take water with you and drink when you feel thirsty.',
      'Do not force fluids to a schedule: weighing more after a long run than before it means you drank too much.',
      'A headache, nausea or confusion after drinking a lot on a long run needs medical help, not more water.',
    ],
  },
  overuse: {
    title: 'Give your body time to recover',
    summary: 'The same motion repeated thousands of times adds up; recovery is when your body adapts to it.',
    steps: [
      'Plan at least one full rest day a week, more after a big week.',
      'When your back feels tired, swap an easy run for walking, upright cycling or the elliptical trainer.',
      'Raise your weekly distance gradually rather than in one jump.',
    ],
  },
  stress: {
    title: 'Let the tension go',
    summary: 'Stress tends to settle in the shoulders and upper back and can stay there through a run.',
    steps: [
      'Spend five minutes on slow breathing or a short relaxation routine before a hard session.',
      'Try a gentle yoga or mobility session on a rest day.',
    ],
  },
  footwear: {
    title: 'Check your shoes',
    summary:
      'Worn or badly fitting shoes may change how you move. Whether shoes affect the upper back is unknown, and studies of running injuries point to comfort as the best guide.',
    steps: [
      'Look at the midsole and outsole: deep creases or bald patches mean the shoe is worn.',
      'Many runners replace shoes somewhere between 500 and 800 km, though no distance is proven.',
      'Choose the pair that feels most comfortable when you run in it, rather than by its support label.',
    ],
  },
  'see-a-doctor': {
    title: 'Know when to get checked',
    summary: 'Most post-run aches are muscular, but some back pain points to something that needs a professional.',
    steps: [
      'Call an ambulance at once if back pain comes with chest pain or tightness, breathlessness the effort does not explain, pain spreading to the arm, jaw or neck, or a sudden tearing pain between the shoulder blades. The safety note lists every warning sign.',
      'Upper-back or chest pain that comes on with effort and eases with rest needs a doctor before your next run, even once it has gone.',
      'See a doctor or physiotherapist soon if the pain is severe, wakes you at night, comes with tingling in one arm, or is not easing after two to three weeks.',
    ],
  },
  'invisible-backpack': {
    title: 'The "invisible backpack"',
    summary:
      'Some runners picture their worries as a weight on their back. Nothing supports this; take it as a metaphor at most.',
    steps: [
      'If the image helps you, picture setting the pack down before you start.',
      'Then check that your shoulders have actually dropped.',
    ],
  },
  moon: {
    title: 'The moon and your muscles',
    summary: 'A folk belief links the phases of the moon to muscle tension. There is no evidence for it.',
    steps: [
      'If you are curious, note the moon phase next to how your back feels after runs.',
      'See whether any pattern survives a few months of notes; expect none.',
    ],
  },
  surface: {
    title: 'Mind the ground you run on',
    summary: 'Hard or uneven ground makes the whole body brace and adjust, all the way up to the shoulders.',
    steps: [
      'Mix in runs on grass, smooth trails or a track when you can.',
      'On rough trails, shorten your stride and keep your arms loose for balance.',
    ],
  },
  pace: {
    title: 'Keep most runs easy',
    summary: 'Faster running means bigger forces with every stride, and form is the first thing to slip at speed.',
    steps: [
      'Run most of your week at a pace where you could hold a conversation.',
      'On fast sessions, end an interval early once your shoulders tighten or your form falls apart.',
    ],
  },
  'warm-up-cool-down': {
    title: 'Warm up and cool down',
    summary:
      'A few easy minutes first help you run better once you speed up. Neither a warm-up nor a cool-down has been shown to prevent back pain, but both cost little.',
    steps: [
      'Start with 5–10 minutes of easy jogging, then arm circles, leg swings and a few short strides.',
      'Finish with 5 minutes of easy jogging or walking before you stop.',
    ],
  },
  genetics: {
    title: 'Know your own build',
    summary:
      'Twin studies suggest that how prone you are to back and neck pain is partly inherited. You cannot change that, but you can plan for it.',
    steps: [
      'If tightness runs in your family or keeps returning, make mobility work a regular habit, not a fix.',
      'Give yourself a little more warm-up time than the training plan says.',
    ],
  },
  weather: {
    title: 'Dress and drink for the weather',
    summary: 'Cold leaves muscles feeling stiff; heat makes every kilometre harder work and raises the water you lose.',
    steps: [
      'In the cold, wear layers, cover your neck, and warm up indoors first.',
      'In the heat, run early or late, slow down, and carry water.',
    ],
  },
  'mind-over-matter': {
    title: 'Where your attention goes',
    summary:
      'Attention and expectation change how pain feels. Positive focus may help a little; it will not fix a cause.',
    steps: [
      'On a hard stretch, turn your attention to your breathing or your surroundings rather than the ache.',
      'If pain keeps pulling your attention back, treat that as information, not a test of will.',
    ],
  },
  stretches: {
    title: 'Three stretches for the upper back',
    summary:
      'Gentle movement through the upper back after a run can feel good. Stretching has not been shown to prevent injuries, so treat these as comfort, not protection.',
    steps: [
      'Cat–cow: on hands and knees, slowly round and then arch your back, 8–10 times.',
      "Child's pose: sit back onto your heels with your arms reaching forward, for 30–60 s.",
      'Thoracic rotations: lying on your side with knees bent, open your top arm across to the other side, 8 per side.',
    ],
  },
  'new-runner': {
    title: 'New to running? Expect some soreness',
    summary: 'Muscles that have not worked this way before will ache for a few days while they adapt.',
    steps: [
      'Build up gradually, with rest days between runs at first.',
      'Mild soreness that fades within a few days is normal; pain that is sharp or lasts is worth getting checked.',
      'Soreness comes after a run; pain in the upper back or chest that starts while you run and eases when you stop is different: see a doctor before your next run.',
    ],
  },
};
