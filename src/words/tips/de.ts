import type { TipTexts } from '../language';

/** Deutsch. */
export const de: TipTexts = {
  posture: {
    title: 'Aufrecht laufen, Schultern tief',
    summary:
      'Ein runder Rücken oder ein verspannter Oberkörper hält die Muskeln zwischen den Schulterblättern den ganzen Lauf über unter Spannung.',
    steps: [
      'Etwa jeden Kilometer die Schultern bewusst sinken lassen und die Hände lockern.',
      'Den Blick 10–20 m voraus auf den Boden richten, damit der Kopf über der Wirbelsäule bleibt und nicht davor.',
      'Den Körper aus den Sprunggelenken leicht nach vorn neigen, nicht aus der Hüfte, und die Rumpfmuskulatur leicht anspannen.',
    ],
  },
  'chest-stretch': {
    title: 'Brustmuskeln dehnen',
    summary: 'Verkürzte Brustmuskeln ziehen die Schultern nach vorn, und der obere Rücken muss dagegenhalten.',
    steps: [
      'Die Unterarme in Schulterhöhe an einen Türrahmen legen und einen Schritt durch den Türrahmen machen, bis die Dehnung in der Brust spürbar ist: 30 s, zweimal.',
      'Die Hände hinter dem Rücken verschränken und sanft anheben, dabei die Schulterblätter zusammenziehen.',
    ],
  },
  'upper-back-strength': {
    title: 'Den oberen Rücken kräftigen',
    summary:
      'Krafttraining senkt in vielen Sportarten das Verletzungsrisiko. Ob es bei Läuferinnen und Läufern Schmerzen im oberen Rücken vorbeugt, wurde nicht untersucht, aber kräftige Rückenmuskeln halten die Haltung vermutlich länger.',
    steps: [
      'Zweimal pro Woche 3 Sätze à 10–12 Wiederholungen Rudern mit Band, Kurzhantel oder am Kabelzug.',
      'Klimmzüge ergänzen; sind sie noch zu schwer, unterstützte Klimmzüge oder Face Pulls (Seilzug zum Gesicht).',
      'Zum Schluss 2 Sätze à 15 Wiederholungen: ein Gymnastikband mit gestreckten Armen langsam vor der Brust auseinanderziehen.',
    ],
  },
  breathing: {
    title: 'In den Bauch atmen',
    summary:
      'Schnelles, flaches Atmen beansprucht die Atemhilfsmuskeln in Nacken und oberem Rücken; tieferes Atmen entlastet sie.',
    steps: [
      'Beim Einatmen soll sich der Bauch heben, nicht die Schultern.',
      'Einen gleichmäßigen Rhythmus probieren, etwa drei Schritte ein- und zwei Schritte ausatmen.',
      'Ziehen sich die Schultern bei harter Belastung hoch, langsam ausatmen und sie sinken lassen.',
    ],
  },
  'carried-weight': {
    title: 'Weniger Gewicht tragen',
    summary: 'Ein Rucksack oder anderes Zusatzgewicht lässt Rücken und Schultern bei jedem Schritt mehr arbeiten.',
    steps: [
      'Nur das Nötigste mitnehmen; Schweres im Büro lassen oder vorausschicken.',
      'Einen Laufrucksack mit beiden Schulterriemen und geschlossenem Brustgurt nutzen, die Last hoch und nah am Rücken.',
      'Flaschen und Handy in einer Laufweste oder einem Laufgürtel tragen statt in der Hand.',
    ],
  },
  hydration: {
    title: 'Nach Durst trinken',
    summary:
      'Der Durst ist bei den meisten Läufen ein guter Maßstab. Studien an Ausdauersportlern haben Muskelkrämpfe nicht auf Wassermangel zurückgeführt, und wer auf langen Läufen weit mehr trinkt als nötig, riskiert, dass der Natriumgehalt im Blut gefährlich absinkt (Hyponatriämie).',
    steps: [
      'Über den Tag normal trinken; auf Vorrat zu trinken ist nicht nötig.',
      'Bei Läufen über eine Stunde oder bei Hitze Wasser mitnehmen und trinken, wenn der Durst kommt.',
      'Nicht nach Plan über den Durst hinaus trinken: Wer nach einem langen Lauf mehr wiegt als vorher, hat zu viel getrunken.',
      'Kopfschmerzen, Übelkeit oder Verwirrtheit nach reichlichem Trinken auf einem langen Lauf brauchen ärztliche Hilfe, nicht mehr Wasser.',
    ],
  },
  overuse: {
    title: 'Dem Körper Erholung gönnen',
    summary:
      'Tausendfach wiederholt, summiert sich dieselbe Bewegung zur Belastung; anpassen kann sich der Körper erst in der Erholung.',
    steps: [
      'Mindestens einen ganzen Ruhetag pro Woche einplanen, nach einer harten Woche mehr.',
      'Ist der Rücken müde, einen lockeren Lauf durch Gehen, Radfahren in aufrechter Sitzhaltung oder den Crosstrainer ersetzen.',
      'Den Wochenumfang schrittweise steigern statt in einem Sprung.',
    ],
  },
  stress: {
    title: 'Die Anspannung loslassen',
    summary: 'Stress setzt sich gern in Schultern und oberem Rücken fest und bleibt auch beim Laufen dort.',
    steps: [
      'Vor einer harten Einheit fünf Minuten ruhig atmen oder eine kurze Entspannungsübung machen.',
      'An einem Ruhetag eine sanfte Yoga- oder Mobilitätseinheit einlegen.',
    ],
  },
  footwear: {
    title: 'Die Schuhe prüfen',
    summary:
      'Abgenutzte oder schlecht sitzende Schuhe können den Bewegungsablauf verändern. Ob Schuhe den oberen Rücken beeinflussen, ist nicht bekannt; Studien zu Laufverletzungen sprechen dafür, nach dem Tragekomfort zu wählen.',
    steps: [
      'Zwischen- und Laufsohle ansehen: tiefe Falten oder abgelaufene Stellen zeigen, dass der Schuh verschlissen ist.',
      'Viele Läuferinnen und Läufer wechseln ihre Schuhe irgendwo zwischen 500 und 800 km; eine belegte Grenze gibt es nicht.',
      'Das Paar wählen, das sich beim Laufen am bequemsten anfühlt, statt nach der Stützfunktion auf dem Etikett.',
    ],
  },
  'see-a-doctor': {
    title: 'Wissen, wann man sich untersuchen lässt',
    summary:
      'Die meisten Beschwerden nach dem Laufen kommen von den Muskeln, manche Rückenschmerzen aber gehören in fachliche Hände.',
    steps: [
      'Sofort den Notruf wählen bei Rückenschmerzen mit Brustschmerz oder Engegefühl in der Brust, mit Luftnot, die die Anstrengung nicht erklärt, mit Ausstrahlung in Arm, Kiefer oder Hals oder bei plötzlichem, reißendem Schmerz. Alle Warnzeichen stehen im Sicherheitshinweis.',
      'Schmerzen im oberen Rücken oder in der Brust, die bei Belastung kommen und in Ruhe nachlassen, vor dem nächsten Lauf ärztlich abklären lassen, auch wenn sie wieder weg sind.',
      'Bald zu Ärztin, Arzt oder Physiotherapie, wenn der Schmerz stark ist, nachts aufweckt, mit Kribbeln in einem Arm einhergeht oder nach zwei bis drei Wochen nicht nachlässt.',
    ],
  },
  'invisible-backpack': {
    title: 'Der „unsichtbare Rucksack“',
    summary:
      'Manche stellen sich ihre Sorgen als Last auf dem Rücken vor. Belege dafür gibt es nicht; es ist allenfalls ein Bild.',
    steps: [
      'Wenn das Bild hilft: sich vorstellen, den Rucksack vor dem Start abzusetzen.',
      'Dann prüfen, ob die Schultern tatsächlich gesunken sind.',
    ],
  },
  moon: {
    title: 'Der Mond und die Muskeln',
    summary: 'Ein Volksglaube verbindet die Mondphasen mit Muskelverspannungen. Belege dafür gibt es keine.',
    steps: [
      'Aus Neugier die Mondphase neben dem Befinden des Rückens nach dem Laufen notieren.',
      'Nach ein paar Monaten prüfen, ob ein Muster bleibt; wahrscheinlich keines.',
    ],
  },
  surface: {
    title: 'Auf den Untergrund achten',
    summary:
      'Harter oder unebener Boden lässt den ganzen Körper gegenhalten und ausgleichen, bis hinauf in die Schultern.',
    steps: [
      'Wenn möglich, Läufe auf Gras, ebenen Wegen oder der Bahn einstreuen.',
      'Auf technischen Trails kürzere Schritte machen und die Arme für das Gleichgewicht locker lassen.',
    ],
  },
  pace: {
    title: 'Die meisten Läufe locker halten',
    summary:
      'Je schneller man läuft, desto größer die Kräfte bei jedem Schritt, und bei hohem Tempo leidet zuerst die Haltung.',
    steps: [
      'Den Großteil der Woche in einem Tempo laufen, bei dem man sich noch unterhalten kann.',
      'Bei Tempoeinheiten ein Intervall früher beenden, sobald sich die Schultern verspannen oder die Haltung nachlässt.',
    ],
  },
  'warm-up-cool-down': {
    title: 'Aufwärmen und Auslaufen',
    summary:
      'Ein paar lockere Minuten vorweg helfen, wenn es danach schneller wird. Dass Aufwärmen oder Auslaufen Rückenschmerzen vorbeugt, ist nicht belegt, aber beides kostet wenig.',
    steps: [
      'Mit 5–10 Minuten lockerem Einlaufen beginnen, dann Armkreisen, Beinpendel und ein paar kurze Steigerungsläufe.',
      'Mit 5 Minuten lockerem Auslaufen oder Gehen abschließen, bevor man stehen bleibt.',
    ],
  },
  genetics: {
    title: 'Den eigenen Körper kennen',
    summary:
      'Zwillingsstudien sprechen dafür, dass die Neigung zu Rücken- und Nackenschmerzen teilweise erblich ist. Ändern lässt sich das nicht, einplanen schon.',
    steps: [
      'Wenn Verspannungen in der Familie liegen oder immer wiederkehren, Mobilitätsübungen zur festen Gewohnheit machen.',
      'Sich etwas mehr Zeit zum Aufwärmen geben, als der Trainingsplan vorsieht.',
    ],
  },
  weather: {
    title: 'Kleidung und Trinken ans Wetter anpassen',
    summary:
      'Bei Kälte fühlen sich die Muskeln steif an; Hitze macht jeden Kilometer anstrengender und erhöht den Flüssigkeitsverlust.',
    steps: [
      'Bei Kälte mehrere dünne Schichten tragen, den Hals bedecken und sich drinnen aufwärmen.',
      'Bei Hitze früh oder spät laufen, langsamer werden und Wasser mitnehmen.',
    ],
  },
  'mind-over-matter': {
    title: 'Wohin die Aufmerksamkeit geht',
    summary:
      'Aufmerksamkeit und Erwartung verändern, wie sich Schmerz anfühlt. Positive Gedanken helfen vielleicht etwas, eine Ursache beheben sie nicht.',
    steps: [
      'Auf einem harten Abschnitt die Aufmerksamkeit auf den Atem oder die Umgebung lenken statt auf den Schmerz.',
      'Zieht der Schmerz die Aufmerksamkeit immer wieder auf sich, ihn als Hinweis ernst nehmen, nicht als Prüfung der Willenskraft.',
    ],
  },
  stretches: {
    title: 'Drei Dehnungen für den oberen Rücken',
    summary:
      'Sanfte Bewegung im oberen Rücken nach dem Lauf tut vielen gut. Dass Dehnen Verletzungen vorbeugt, ist nicht belegt; die Übungen dienen dem Wohlbefinden, nicht dem Schutz.',
    steps: [
      'Katze-Kuh: im Vierfüßlerstand den Rücken langsam runden und dann sanft ins Hohlkreuz sinken lassen, 8–10 Mal.',
      'Kindhaltung: auf die Fersen zurücksetzen, die Arme nach vorn strecken, 30–60 s.',
      'Rotation der Brustwirbelsäule: in Seitenlage mit gebeugten Knien den oberen Arm zur anderen Seite öffnen, 8 pro Seite.',
    ],
  },
  'new-runner': {
    title: 'Neu beim Laufen? Etwas Muskelkater ist normal',
    summary: 'Muskeln, die so noch nie gearbeitet haben, schmerzen ein paar Tage, während sie sich anpassen.',
    steps: [
      'Langsam steigern, anfangs mit Ruhetagen zwischen den Läufen.',
      'Leichter Muskelkater, der nach ein paar Tagen vergeht, ist normal; scharfer oder anhaltender Schmerz gehört abgeklärt.',
      'Muskelkater kommt nach dem Lauf. Schmerzen im oberen Rücken oder in der Brust, die beim Laufen einsetzen und nachlassen, sobald du stehen bleibst, sind etwas anderes: vor dem nächsten Lauf ärztlich abklären lassen.',
    ],
  },
};
