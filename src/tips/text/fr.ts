import type { TipTexts } from '../tip';

/** Français. */
export const fr: TipTexts = {
  posture: {
    title: 'Courir grand, épaules basses',
    summary:
      'Un haut du corps voûté ou crispé fait travailler les muscles entre les omoplates pendant toute la sortie.',
    steps: [
      'À peu près à chaque kilomètre, relâchez les épaules loin des oreilles et desserrez les mains.',
      'Regardez le sol 10 à 20 m devant vous pour que la tête reste au-dessus de la colonne et non en avant.',
      'Penchez-vous depuis les chevilles et non depuis la taille, en gardant le ventre légèrement gainé.',
    ],
  },
  'chest-stretch': {
    title: 'Ouvrir une poitrine raide',
    summary: 'Des pectoraux raides tirent les épaules vers l’avant, et le haut du dos doit les retenir.',
    steps: [
      'Dans l’encadrement d’une porte, avant-bras contre le montant à hauteur d’épaule, avancez jusqu’à sentir la poitrine s’ouvrir : 30 s, deux fois.',
      'Joignez les mains dans le dos et levez-les doucement en serrant les omoplates.',
    ],
  },
  'upper-back-strength': {
    title: 'Renforcer le haut du dos',
    summary:
      'Des muscles qui fatiguent vite passent leur travail à d’autres ; un dos plus fort tient la posture plus longtemps.',
    steps: [
      'Deux fois par semaine, 3 séries de 10 à 12 tirages avec un élastique, un haltère ou une poulie.',
      'Ajoutez des tractions, assistées si besoin, ou des face pulls si les tractions sont encore hors de portée.',
      'Terminez par 2 séries de 15 écartés lents à l’élastique.',
    ],
  },
  breathing: {
    title: 'Respirer par le ventre',
    summary:
      'Une respiration rapide et haute sollicite le cou et le haut du dos ; une respiration plus profonde les laisse se reposer.',
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
      'Ne prenez que le nécessaire ; laissez les affaires lourdes au travail ou faites-les porter.',
      'Utilisez un sac de course, les deux bretelles et la sangle de poitrine fermées, la charge haute et près du dos.',
      'Portez gourdes et téléphone dans un gilet ou une ceinture plutôt qu’à la main.',
    ],
  },
  hydration: {
    title: 'Bien vous hydrater',
    summary: 'Quand on manque d’eau, les muscles crampent et se raidissent plus facilement en fin de sortie.',
    steps: [
      'Buvez un verre d’eau dans l’heure ou les deux heures qui précèdent la sortie.',
      'Au-delà d’une heure, ou par temps chaud, buvez de petites quantités en route.',
      'Après, buvez jusqu’à ce que vos urines redeviennent claires.',
    ],
  },
  overuse: {
    title: 'Laisser le corps récupérer',
    summary:
      'Le même geste répété des milliers de fois s’accumule ; c’est pendant la récupération que le corps s’adapte.',
    steps: [
      'Prévoyez au moins un jour de repos complet par semaine, davantage après une grosse semaine.',
      'Remplacez une sortie facile par de la natation ou du vélo quand le dos est fatigué.',
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
    summary: 'Des chaussures qui ne soutiennent plus modifient la foulée, et le haut du corps compense.',
    steps: [
      'Regardez la semelle intermédiaire et la semelle extérieure : plis profonds ou zones lisses signalent l’usure.',
      'Beaucoup de coureurs changent de chaussures entre 500 et 800 km.',
      'Choisissez une paire bien ajustée, adaptée aux sorties que vous faites le plus.',
    ],
  },
  'see-a-doctor': {
    title: 'Savoir quand consulter',
    summary:
      'La plupart des douleurs après la course sont musculaires, mais certaines douleurs dorsales demandent l’avis d’un professionnel.',
    steps: [
      'Consultez un médecin ou un kinésithérapeute si la douleur est forte, dure plus de quelques jours ou revient sans cesse.',
      'Consultez aussi si elle vous réveille la nuit ou s’accompagne d’engourdissement ou de faiblesse.',
      'Appelez les secours tout de suite si elle s’accompagne d’une douleur thoracique, d’un essoufflement ou d’une douleur qui irradie vers le bras ou la mâchoire.',
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
    title: 'Faire attention au terrain',
    summary: 'Un sol dur ou irrégulier oblige tout le corps à se raidir et à s’ajuster, jusqu’aux épaules.',
    steps: [
      'Quand c’est possible, glissez des sorties sur herbe, sur chemin lisse ou sur piste.',
      'Sur les sentiers techniques, raccourcissez la foulée et gardez les bras souples pour l’équilibre.',
    ],
  },
  pace: {
    title: 'Garder la plupart des sorties faciles',
    summary: 'Courir plus vite, c’est plus de force à chaque foulée, et la posture est la première à lâcher.',
    steps: [
      'Courez l’essentiel de la semaine à une allure où vous pourriez discuter.',
      'En séance rapide, arrêtez une répétition plus tôt dès que les épaules se crispent ou que la posture se défait.',
    ],
  },
  'warm-up-cool-down': {
    title: 'S’échauffer et récupérer',
    summary:
      'Des muscles qui passent du froid à la vitesse se crispent ; quelques minutes faciles avant et après les aident.',
    steps: [
      'Commencez par 5 à 10 minutes de footing facile, puis des moulinets de bras, des balancés de jambes et quelques accélérations.',
      'Terminez par 5 minutes de footing ou de marche avant de vous arrêter.',
    ],
  },
  genetics: {
    title: 'Connaître votre terrain',
    summary:
      'Certaines personnes ont simplement plus tendance aux tensions musculaires. On ne le change pas, mais on peut s’y préparer.',
    steps: [
      'Si les tensions sont fréquentes dans votre famille ou reviennent souvent, faites de la mobilité une habitude et non un remède.',
      'Accordez-vous un peu plus d’échauffement que ne le prévoit le plan.',
    ],
  },
  weather: {
    title: 'S’habiller et boire selon la météo',
    summary: 'Le froid raidit les muscles ; la chaleur accélère la perte d’eau et les crampes.',
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
      'Si la douleur ramène sans cesse votre attention, prenez-la comme une information, pas comme un défi.',
    ],
  },
  stretches: {
    title: 'Trois étirements pour le haut du dos',
    summary: 'Un mouvement doux du haut du dos après la course libère les muscles qui vous ont tenu droit.',
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
    ],
  },
};
