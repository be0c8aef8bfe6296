import type { TipTexts } from '../language';

/** Italiano. */
export const it: TipTexts = {
  posture: {
    title: 'Corri eretto, spalle basse',
    summary: 'Una parte alta del corpo curva o contratta tiene al lavoro i muscoli tra le scapole per tutta la corsa.',
    steps: [
      'Più o meno a ogni chilometro, abbassa le spalle lontano dalle orecchie e apri le mani.',
      'Guarda il terreno 10–20 m davanti a te, così la testa resta sopra la colonna e non davanti.',
      'Inclinati dalle caviglie, non dalla vita, e tieni gli addominali leggermente attivi.',
    ],
  },
  'chest-stretch': {
    title: 'Sciogli i pettorali rigidi',
    summary:
      'Pettorali rigidi tirano le spalle in avanti e lasciano alla parte alta della schiena il compito di tenerle.',
    steps: [
      'Mettiti nel vano di una porta, avambracci sugli stipiti all’altezza delle spalle, e fai un passo avanti finché il petto si apre: 30 s, due volte.',
      'Intreccia le mani dietro la schiena e sollevale piano mentre avvicini le scapole.',
    ],
  },
  'upper-back-strength': {
    title: 'Rinforza la parte alta della schiena',
    summary:
      'Il lavoro di forza riduce gli infortuni in molti sport. Nessuno studio clinico l’ha verificato contro il dolore alla parte alta della schiena nei runner, ma muscoli della schiena più forti potrebbero mantenere la postura più a lungo.',
    steps: [
      'Due volte a settimana, fai 3 serie da 10–12 rematori con elastico, manubrio o cavo.',
      'Aggiungi trazioni alla sbarra; se sono ancora troppo difficili, trazioni assistite o face pull al cavo.',
      'Chiudi con 2 serie da 15 aperture lente con l’elastico davanti al petto (band pull-apart).',
    ],
  },
  breathing: {
    title: 'Respira con la pancia',
    summary:
      'Respiri rapidi e superficiali fanno lavorare i muscoli del collo e della parte alta della schiena; respiri più profondi li lasciano riposare.',
    steps: [
      'Quando inspiri, lascia che si sollevi la pancia, non le spalle.',
      'Prova un ritmo regolare, per esempio inspira per tre passi ed espira per due.',
      'Quando nello sforzo le spalle salgono, espira lentamente e lasciale scendere.',
    ],
  },
  'carried-weight': {
    title: 'Alleggerisci quello che porti',
    summary: 'Uno zaino o qualsiasi carico in più fa lavorare di più schiena e spalle a ogni passo.',
    steps: [
      'Porta solo quello che ti serve; lascia le cose pesanti al lavoro o mandale avanti.',
      'Usa uno zaino da corsa con entrambi gli spallacci e la cinghia pettorale allacciata, con il carico in alto e vicino alla schiena.',
      'Tieni borracce e telefono in un gilet o in una cintura invece che in una mano.',
    ],
  },
  hydration: {
    title: 'Bevi quando hai sete',
    summary:
      'Nella maggior parte delle corse la sete è una buona guida. Gli studi sugli atleti di resistenza non hanno collegato i crampi alla mancanza d’acqua, e bere molto più del necessario in una corsa lunga può diluire il sodio nel sangue (iponatriemia).',
    steps: [
      'Durante la giornata bevi come fai di solito; non serve fare il pieno prima di uscire.',
      'Nelle corse di oltre un’ora, o con il caldo, porta dell’acqua con te e bevi quando hai sete.',
      'Non forzarti a bere secondo un programma: se dopo una corsa lunga pesi più di prima, hai bevuto troppo.',
      'Mal di testa, nausea o confusione dopo aver bevuto molto in una corsa lunga richiedono aiuto medico, non altra acqua.',
    ],
  },
  overuse: {
    title: 'Dai al corpo il tempo di recuperare',
    summary:
      'Lo stesso movimento ripetuto migliaia di volte si accumula; è durante il recupero che il corpo si adatta.',
    steps: [
      'Prevedi almeno un giorno di riposo completo a settimana, di più dopo una settimana intensa.',
      'Quando la schiena è stanca, sostituisci una corsa facile con camminata, bici in posizione eretta o ellittica.',
      'Aumenta la distanza settimanale poco alla volta, non tutta in una volta.',
    ],
  },
  stress: {
    title: 'Lascia andare la tensione',
    summary:
      'Lo stress tende a depositarsi nelle spalle e nella parte alta della schiena, e può restarci per tutta la corsa.',
    steps: [
      'Prima di un allenamento duro, dedica cinque minuti a una respirazione lenta o a un breve rilassamento.',
      'In un giorno di riposo, prova una sessione leggera di yoga o di mobilità.',
    ],
  },
  footwear: {
    title: 'Controlla le scarpe',
    summary:
      'Scarpe consumate o che calzano male possono cambiare il modo in cui ti muovi. Non si sa se le scarpe influiscano sulla parte alta della schiena, e gli studi sugli infortuni da corsa indicano il comfort come guida migliore.',
    steps: [
      'Guarda intersuola e suola: pieghe profonde o zone lisce vogliono dire che la scarpa è consumata.',
      'Molti runner cambiano scarpe tra i 500 e gli 800 km, anche se nessuna distanza è dimostrata.',
      'Scegli il paio che senti più comodo quando ci corri, invece di sceglierlo in base al sostegno promesso dall’etichetta.',
    ],
  },
  'see-a-doctor': {
    title: 'Sappi quando farti visitare',
    summary:
      'La maggior parte dei dolori dopo la corsa è muscolare, ma alcuni mal di schiena indicano qualcosa che richiede un professionista.',
    steps: [
      'Chiama subito un’ambulanza se il mal di schiena arriva con dolore o senso di oppressione al petto, fiato corto che lo sforzo non spiega, dolore che si irradia al braccio, alla mandibola o al collo, o un dolore improvviso e lacerante tra le scapole. La nota di sicurezza elenca tutti i segnali d’allarme.',
      'Un dolore alla parte alta della schiena o al petto che compare con lo sforzo e passa a riposo va fatto vedere da un medico prima della prossima corsa, anche se è già passato.',
      'Vai presto da un medico o da un fisioterapista se il dolore è forte, ti sveglia di notte, arriva con formicolio in un braccio o non diminuisce dopo due o tre settimane.',
    ],
  },
  'invisible-backpack': {
    title: 'Lo “zaino invisibile”',
    summary:
      'Alcuni runner immaginano le proprie preoccupazioni come un peso sulla schiena. Niente lo sostiene; prendilo al massimo come una metafora.',
    steps: [
      'Se l’immagine ti aiuta, immagina di posare lo zaino prima di partire.',
      'Poi controlla che le spalle si siano davvero abbassate.',
    ],
  },
  moon: {
    title: 'La luna e i tuoi muscoli',
    summary: 'Una credenza popolare collega le fasi lunari alla tensione muscolare. Non ci sono prove a sostegno.',
    steps: [
      'Se ti incuriosisce, annota la fase lunare accanto a come senti la schiena dopo le corse.',
      'Guarda se dopo qualche mese di note resiste una qualche regolarità; aspettati di non trovarne.',
    ],
  },
  surface: {
    title: 'Fai attenzione al terreno',
    summary: 'Un terreno duro o irregolare costringe tutto il corpo a irrigidirsi e ad adattarsi, fino alle spalle.',
    steps: [
      'Quando puoi, alterna corse su erba, sentieri scorrevoli o in pista.',
      'Sui sentieri accidentati accorcia il passo e tieni le braccia sciolte per l’equilibrio.',
    ],
  },
  pace: {
    title: 'Fai quasi tutte le corse a ritmo facile',
    summary:
      'Correre più veloce significa forze maggiori a ogni passo, e la postura è la prima cosa a cedere quando vai forte.',
    steps: [
      'Corri la maggior parte della settimana a un passo che ti permetta di chiacchierare.',
      'Nelle sedute veloci, chiudi prima una ripetuta appena le spalle si irrigidiscono o la postura si scompone.',
    ],
  },
  'warm-up-cool-down': {
    title: 'Riscaldamento e defaticamento',
    summary:
      'Qualche minuto facile all’inizio ti aiuta a correre meglio quando acceleri. Non è dimostrato che riscaldamento o defaticamento prevengano il mal di schiena, ma costano poco.',
    steps: [
      'Inizia con 5–10 minuti di corsa lenta, poi circonduzioni delle braccia, slanci delle gambe e qualche breve allungo.',
      'Chiudi con 5 minuti di corsa lenta o camminata prima di fermarti.',
    ],
  },
  genetics: {
    title: 'Conosci la tua costituzione',
    summary:
      'Gli studi sui gemelli suggeriscono che la tendenza al mal di schiena e al dolore al collo è in parte ereditaria. Non puoi cambiarlo, ma puoi tenerne conto.',
    steps: [
      'Se la rigidità è comune in famiglia o continua a tornare, fai della mobilità un’abitudine, non un rimedio.',
      'Concediti un po’ più di riscaldamento di quanto dica il programma.',
    ],
  },
  weather: {
    title: 'Vestiti e bevi in base al meteo',
    summary:
      'Il freddo fa sentire i muscoli rigidi; il caldo rende ogni chilometro più faticoso e aumenta l’acqua che perdi.',
    steps: [
      'Con il freddo vestiti a strati, copri il collo e fai prima il riscaldamento al chiuso.',
      'Con il caldo corri presto o tardi, rallenta e porta dell’acqua.',
    ],
  },
  'mind-over-matter': {
    title: 'Dove va la tua attenzione',
    summary:
      'Attenzione e aspettative cambiano il modo in cui si percepisce il dolore. Concentrarsi sul positivo può aiutare un po’; non risolve una causa.',
    steps: [
      'In un tratto duro, sposta l’attenzione sul respiro o su ciò che hai intorno invece che sul fastidio.',
      'Se il dolore continua a richiamare la tua attenzione, prendilo come un’informazione, non come una prova di volontà.',
    ],
  },
  stretches: {
    title: 'Tre allungamenti per la parte alta della schiena',
    summary:
      'Muovere dolcemente la parte alta della schiena dopo una corsa può far stare bene. Non è dimostrato che lo stretching prevenga gli infortuni: consideralo un comfort, non una protezione.',
    steps: [
      'Gatto-mucca: a carponi, arrotonda lentamente la schiena verso l’alto e poi lasciala scendere verso il basso, 8–10 volte.',
      'Posizione del bambino: siediti sui talloni con le braccia tese in avanti, per 30–60 s.',
      'Rotazioni toraciche: sdraiati su un fianco con le ginocchia piegate, apri il braccio che sta sopra verso l’altro lato, 8 per lato.',
    ],
  },
  'new-runner': {
    title: 'Corri da poco? Aspettati un po’ di indolenzimento',
    summary: 'I muscoli che non hanno mai lavorato così saranno indolenziti per qualche giorno, mentre si adattano.',
    steps: [
      'Aumenta poco alla volta, con giorni di riposo tra le corse all’inizio.',
      'Un lieve indolenzimento che passa in pochi giorni è normale; un dolore acuto o che dura merita un controllo.',
      'L’indolenzimento arriva dopo la corsa; un dolore alla parte alta della schiena o al petto che inizia mentre corri e passa quando ti fermi è un’altra cosa: vai dal medico prima della prossima corsa.',
    ],
  },
};
