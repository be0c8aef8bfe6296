import type { TipTexts } from '../language';

/** Français. */
export const fr: TipTexts = {
  posture: {
    title: 'Se grandir, épaules relâchées',
    summary:
      'Un haut du corps voûté ou crispé fait travailler les muscles entre les omoplates pendant toute la sortie.',
    steps: [
      'À peu près à chaque kilomètre, abaissez les épaules et desserrez les mains.',
      'Regardez le sol 10 à 20 m devant vous pour que la tête reste au-dessus de la colonne et non en avant.',
      'Inclinez-vous légèrement à partir des chevilles et non du buste, en gardant la sangle abdominale légèrement gainée.',
    ],
  },
  'chest-stretch': {
    title: 'Étirer les pectoraux',
    summary: 'Des pectoraux raccourcis enroulent les épaules vers l’avant, et le haut du dos doit compenser.',
    steps: [
      'Avant-bras contre le chambranle d’une porte à hauteur d’épaule, avancez d’un pas jusqu’à sentir l’étirement dans la poitrine : 30 s, deux fois.',
      'Joignez les mains dans le dos et levez-les doucement en serrant les omoplates.',
    ],
  },
  'upper-back-strength': {
    title: 'Renforcer le haut du dos',
    summary:
      'Le renforcement musculaire réduit les blessures dans de nombreux sports. Son effet sur les douleurs du haut du dos chez les coureurs n’a pas été étudié, mais un dos plus fort tient sans doute la posture plus longtemps.',
    steps: [
      'Deux fois par semaine, 3 séries de 10 à 12 tirages avec un élastique, un haltère ou une poulie.',
      'Ajoutez des tractions ; si elles sont encore trop difficiles, faites-les assistées ou remplacez-les par des tirages vers le visage à la poulie haute.',
      'Terminez par 2 séries de 15 écartés arrière lents à l’élastique.',
    ],
  },
  breathing: {
    title: 'Respirer par le ventre',
    summary:
      'Une respiration rapide et haute sollicite les muscles du cou et du haut du dos ; une respiration plus profonde les soulage.',
    steps: [
      'À l’inspiration, c’est le ventre qui se soulève, pas les épaules.',
      'Essayez un rythme régulier, par exemple trois foulées pour inspirer et deux pour expirer.',
      'Quand les épaules remontent dans l’effort, expirez lentement et laissez-les redescendre.',
    ],
  },
  'carried-weight': {
    title: 'Alléger ce que vous portez',
    summary: 'Un sac ou toute charge en plus fait travailler davantage le dos et les épaules à chaque foulée.',
    steps: [
      'Ne prenez que le nécessaire ; laissez les affaires lourdes au travail ou apportez-les un autre jour.',
      'Utilisez un sac de trail, les deux bretelles serrées et la sangle pectorale attachée, la charge haute et près du dos.',
      'Portez flasques et téléphone dans un gilet d’hydratation ou une ceinture plutôt qu’à la main.',
    ],
  },
  hydration: {
    title: 'Boire selon la soif',
    summary:
      'La soif est un bon guide pour la plupart des sorties. Les études chez les sportifs d’endurance n’ont pas relié les crampes à un manque d’eau, et boire bien plus que nécessaire sur une sortie longue peut diluer le sodium du sang (hyponatrémie).',
    steps: [
      'Buvez normalement au fil de la journée ; inutile de faire des réserves avant de partir.',
      'Au-delà d’une heure, ou par forte chaleur, emportez de l’eau et buvez quand vous avez soif.',
      'Ne vous forcez pas à boire selon un horaire : peser plus lourd après une sortie longue qu’avant, c’est avoir trop bu.',
      'Des maux de tête, des nausées ou une confusion après avoir beaucoup bu sur une sortie longue demandent une aide médicale, pas davantage d’eau.',
    ],
  },
  overuse: {
    title: 'Laisser le corps récupérer',
    summary:
      'Répété des milliers de fois, le même geste finit par peser ; c’est pendant la récupération que le corps s’adapte.',
    steps: [
      'Prévoyez au moins un jour de repos complet par semaine, davantage après une grosse semaine.',
      'Quand le dos est fatigué, remplacez une sortie facile par de la marche, du vélo en position droite ou du vélo elliptique.',
      'Augmentez votre volume hebdomadaire progressivement plutôt que d’un coup.',
    ],
  },
  stress: {
    title: 'Relâcher la tension',
    summary: 'Le stress s’installe volontiers dans les épaules et le haut du dos, et y reste pendant la course.',
    steps: [
      'Avant une séance difficile, prenez cinq minutes pour respirer lentement ou vous détendre.',
      'Un jour de repos, essayez une séance douce de yoga ou de mobilité.',
    ],
  },
  footwear: {
    title: 'Vérifier vos chaussures',
    summary:
      'Des chaussures usées ou mal ajustées peuvent modifier la foulée. Leur effet sur le haut du dos n’est pas connu, et les études sur les blessures de course plaident pour un choix fondé sur le confort.',
    steps: [
      'Regardez la semelle intermédiaire et la semelle extérieure : plis profonds ou zones lisses signalent l’usure.',
      'Beaucoup de coureurs changent de chaussures entre 500 et 800 km, sans qu’aucun seuil soit démontré.',
      'Choisissez la paire la plus confortable quand vous courez avec, plutôt que d’après l’étiquette « stabilité ».',
    ],
  },
  'see-a-doctor': {
    title: 'Savoir quand consulter',
    summary:
      'La plupart des douleurs après la course sont musculaires, mais certaines douleurs dorsales demandent l’avis d’un professionnel.',
    steps: [
      'Appelez les secours tout de suite si la douleur au dos s’accompagne d’une douleur ou d’une oppression dans la poitrine, d’un essoufflement que l’effort n’explique pas, d’une douleur qui irradie vers le bras, la mâchoire ou le cou, ou d’une douleur brutale, comme un déchirement, entre les omoplates. La note de sécurité liste tous les signes d’alerte.',
      'Une douleur du haut du dos ou de la poitrine qui apparaît à l’effort et se calme au repos doit être vue par un médecin avant votre prochaine sortie, même si elle a disparu.',
      'Consultez rapidement un médecin ou un kinésithérapeute si la douleur est forte, vous réveille la nuit, s’accompagne de fourmillements dans un bras ou ne diminue pas après deux à trois semaines.',
    ],
  },
  'invisible-backpack': {
    title: 'Le « sac à dos invisible »',
    summary:
      'Certains coureurs imaginent leurs soucis comme un poids sur le dos. Rien ne le confirme ; c’est au mieux une image.',
    steps: [
      'Si l’image vous aide, imaginez poser le sac avant de partir.',
      'Vérifiez ensuite que vos épaules sont vraiment redescendues.',
    ],
  },
  moon: {
    title: 'La lune et vos muscles',
    summary: 'Une croyance populaire relie les phases de la lune aux tensions musculaires. Aucune preuve ne l’étaie.',
    steps: [
      'Par curiosité, notez la phase de la lune à côté de l’état de votre dos après les sorties.',
      'Regardez si un motif résiste à quelques mois de notes ; attendez-vous à n’en trouver aucun.',
    ],
  },
  surface: {
    title: 'Adapter sa foulée au terrain',
    summary: 'Un sol dur ou irrégulier oblige tout le corps à se raidir et à s’ajuster, jusqu’aux épaules.',
    steps: [
      'Quand c’est possible, intercalez des sorties sur herbe, sur chemin roulant ou sur piste.',
      'Sur les sentiers techniques, raccourcissez la foulée et gardez les bras souples pour l’équilibre.',
    ],
  },
  pace: {
    title: 'Courir surtout en endurance fondamentale',
    summary:
      'Plus on court vite, plus les forces à chaque foulée sont grandes, et la posture est la première à se dégrader.',
    steps: [
      'Courez l’essentiel de la semaine à une allure qui vous permet de tenir une conversation.',
      'En fractionné, arrêtez une répétition plus tôt dès que les épaules se crispent ou que la posture se dégrade.',
    ],
  },
  'warm-up-cool-down': {
    title: 'S’échauffer et revenir au calme',
    summary:
      'Quelques minutes faciles au départ aident à mieux courir quand l’allure monte. Qu’un échauffement ou un retour au calme prévienne les douleurs dorsales n’est pas démontré, mais cela coûte peu.',
    steps: [
      'Commencez par 5 à 10 minutes de footing facile, puis des rotations de bras, des balancements de jambes et quelques lignes droites.',
      'Terminez par 5 minutes de footing lent ou de marche avant de vous arrêter.',
    ],
  },
  genetics: {
    title: 'Connaître vos prédispositions',
    summary:
      'Des études de jumeaux suggèrent que la tendance aux douleurs du dos et de la nuque est en partie héréditaire. Vous ne pouvez pas changer vos prédispositions, mais vous pouvez en tenir compte.',
    steps: [
      'Si ces douleurs sont fréquentes dans votre famille ou reviennent souvent chez vous, faites de la mobilité une habitude et non un remède.',
      'Accordez-vous un peu plus d’échauffement que ne le prévoit le plan.',
    ],
  },
  weather: {
    title: 'S’habiller et boire selon la météo',
    summary:
      'Par temps froid, les muscles semblent raides ; la chaleur rend chaque kilomètre plus exigeant et augmente les pertes en eau.',
    steps: [
      'Par temps froid, superposez les couches, couvrez le cou et échauffez-vous à l’intérieur.',
      'Par temps chaud, courez tôt ou tard, ralentissez et emportez de l’eau.',
    ],
  },
  'mind-over-matter': {
    title: 'Là où va votre attention',
    summary:
      'L’attention et les attentes changent la perception de la douleur. Penser positif aide peut-être un peu, sans régler une cause.',
    steps: [
      'Sur un passage difficile, portez votre attention sur la respiration ou le paysage plutôt que sur la douleur.',
      'Si la douleur ramène sans cesse votre attention, prenez-la comme un signal à écouter, pas comme une épreuve de volonté.',
    ],
  },
  stretches: {
    title: 'Trois étirements pour le haut du dos',
    summary:
      'Mobiliser doucement le haut du dos après la course fait souvent du bien. Les étirements n’ont pas montré d’effet préventif sur les blessures : voyez-les comme un confort, pas comme une protection.',
    steps: [
      'Chat-vache : à quatre pattes, arrondissez puis creusez lentement le dos, 8 à 10 fois.',
      'Posture de l’enfant : asseyez-vous sur les talons, bras tendus devant, 30 à 60 s.',
      'Rotations thoraciques : allongé sur le côté, genoux fléchis, ouvrez le bras du dessus vers l’autre côté, 8 fois par côté.',
    ],
  },
  'new-runner': {
    title: 'Vous débutez ? Un peu de courbatures est normal',
    summary: 'Des muscles qui n’ont jamais travaillé ainsi restent douloureux quelques jours, le temps de s’adapter.',
    steps: [
      'Progressez doucement, avec des jours de repos entre les sorties au début.',
      'Des courbatures légères qui passent en quelques jours sont normales ; une douleur vive ou qui dure mérite un avis médical.',
      'Les courbatures viennent après la sortie. Une douleur du haut du dos ou de la poitrine qui apparaît pendant la course et se calme à l’arrêt, c’est autre chose : consultez un médecin avant votre prochaine sortie.',
    ],
  },
};
