import type { TipTexts } from '../tip';

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
    summary: 'Muscles that tire early hand their work to others; stronger back muscles hold your form for longer.',
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
    title: 'Top up your fluids',
    summary: 'Running low on fluid makes muscles more prone to cramping and stiffness late in a run.',
    steps: [
      'Drink a glass of water in the hour or two before you head out.',
      'On runs over an hour, or on warm days, drink small amounts along the way.',
      'Afterwards, drink until your urine is pale again.',
    ],
  },
  overuse: {
    title: 'Give your body time to recover',
    summary: 'The same motion repeated thousands of times adds up; recovery is when your body adapts to it.',
    steps: [
      'Plan at least one full rest day a week, more after a big week.',
      'Swap an easy run for swimming or cycling when your back feels tired.',
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
    summary: 'Shoes that no longer support you can change how you move, and your upper body makes up for it.',
    steps: [
      'Look at the midsole and outsole: deep creases or bald patches mean the shoe is worn.',
      'Many runners replace shoes somewhere between 500 and 800 km.',
      'Choose a pair that fits well for the running you do most.',
    ],
  },
  'see-a-doctor': {
    title: 'Know when to get checked',
    summary: 'Most post-run aches are muscular, but some back pain points to something that needs a professional.',
    steps: [
      'See a doctor or physiotherapist if the pain is severe, lasts more than a few days, or keeps coming back.',
      'Get checked too if it wakes you at night or comes with numbness or weakness.',
      'Get emergency help at once if it comes with chest pain, shortness of breath, or pain spreading to an arm or the jaw.',
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
    summary: 'Muscles taken from cold to fast tighten up; a few easy minutes either side help them ease in and out.',
    steps: [
      'Start with 5–10 minutes of easy jogging, then arm circles, leg swings and a few short strides.',
      'Finish with 5 minutes of easy jogging or walking before you stop.',
    ],
  },
  genetics: {
    title: 'Know your own build',
    summary: 'Some people are simply more prone to tight muscles. You cannot change that, but you can plan for it.',
    steps: [
      'If tightness runs in your family or keeps returning, make mobility work a regular habit, not a fix.',
      'Give yourself a little more warm-up time than the training plan says.',
    ],
  },
  weather: {
    title: 'Dress and drink for the weather',
    summary: 'Cold makes muscles tighten; heat speeds up fluid loss and cramping.',
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
    summary: 'Gentle movement through the upper back after a run helps release the muscles that held you upright.',
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
    ],
  },
};
