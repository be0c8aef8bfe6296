import type { TipTexts } from '../tip';

/** Deutsch. */
export const de: TipTexts = {
  posture: {
    title: 'Aufrecht laufen, Schultern tief',
    summary:
      'Ein gekrümmter oder verspannter Oberkörper lässt die Muskeln zwischen den Schulterblättern den ganzen Lauf über arbeiten.',
    steps: [
      'Etwa jeden Kilometer die Schultern von den Ohren wegsinken lassen und die Hände lockern.',
      'Den Blick 10–20 m voraus auf den Boden richten, damit der Kopf über der Wirbelsäule bleibt und nicht davor.',
      'Aus den Sprunggelenken nach vorn lehnen, nicht aus der Hüfte, und den Bauch leicht anspannen.',
    ],
  },
  'chest-stretch': {
    title: 'Eine verkürzte Brust öffnen',
    summary: 'Verkürzte Brustmuskeln ziehen die Schultern nach vorn, und der obere Rücken muss dagegenhalten.',
    steps: [
      'In einen Türrahmen stellen, Unterarme in Schulterhöhe an den Rahmen, durchtreten bis die Brust sich öffnet: 30 s, zweimal.',
      'Die Hände hinter dem Rücken verschränken und sanft anheben, dabei die Schulterblätter zusammenziehen.',
    ],
  },
  'upper-back-strength': {
    title: 'Den oberen Rücken kräftigen',
    summary: 'Muskeln, die früh ermüden, geben ihre Arbeit an andere ab; ein kräftiger Rücken hält die Haltung länger.',
    steps: [
      'Zweimal pro Woche 3 Sätze mit 10–12 Ruderzügen mit Band, Kurzhantel oder Kabelzug.',
      'Klimmzüge ergänzen, unterstützte Klimmzüge oder Face Pulls, falls Klimmzüge noch zu schwer sind.',
      'Mit 2 Sätzen à 15 langsamen Band-Pull-Aparts abschließen.',
    ],
  },
  breathing: {
    title: 'In den Bauch atmen',
    summary: 'Schnelles, flaches Atmen beansprucht Nacken- und obere Rückenmuskeln; tieferes Atmen lässt sie ruhen.',
    steps: [
      'Beim Einatmen soll sich der Bauch heben, nicht die Schultern.',
      'Einen gleichmäßigen Rhythmus probieren, etwa drei Schritte ein- und zwei Schritte ausatmen.',
      'Wenn die Schultern bei harter Belastung hochwandern, langsam ausatmen und sie fallen lassen.',
    ],
  },
  'carried-weight': {
    title: 'Weniger Gewicht tragen',
    summary: 'Ein Rucksack oder anderes Zusatzgewicht lässt Rücken und Schultern bei jedem Schritt mehr arbeiten.',
    steps: [
      'Nur das Nötigste mitnehmen; Schweres im Büro lassen oder vorausschicken.',
      'Einen Laufrucksack mit beiden Schulterriemen und geschlossenem Brustgurt nutzen, die Last hoch und nah am Rücken.',
      'Flaschen und Handy in einer Weste oder einem Gürtel tragen statt in einer Hand.',
    ],
  },
  hydration: {
    title: 'Genug trinken',
    summary: 'Wer zu wenig Flüssigkeit hat, bekommt gegen Ende eines Laufs leichter Krämpfe und Steifheit.',
    steps: [
      'In den ein, zwei Stunden vor dem Lauf ein Glas Wasser trinken.',
      'Bei Läufen über eine Stunde oder an warmen Tagen unterwegs in kleinen Schlucken trinken.',
      'Danach trinken, bis der Urin wieder hell ist.',
    ],
  },
  overuse: {
    title: 'Dem Körper Erholung gönnen',
    summary: 'Dieselbe Bewegung tausendfach wiederholt summiert sich; in der Erholung passt sich der Körper an.',
    steps: [
      'Mindestens einen ganzen Ruhetag pro Woche einplanen, nach einer harten Woche mehr.',
      'Einen lockeren Lauf durch Schwimmen oder Radfahren ersetzen, wenn der Rücken müde ist.',
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
    summary: 'Schuhe, die nicht mehr stützen, verändern den Bewegungsablauf, und der Oberkörper gleicht es aus.',
    steps: [
      'Zwischen- und Laufsohle ansehen: tiefe Falten oder abgelaufene Stellen zeigen, dass der Schuh verschlissen ist.',
      'Viele Läuferinnen und Läufer wechseln ihre Schuhe irgendwo zwischen 500 und 800 km.',
      'Ein Paar wählen, das gut sitzt und zu den Läufen passt, die man am häufigsten macht.',
    ],
  },
  'see-a-doctor': {
    title: 'Wissen, wann man sich untersuchen lässt',
    summary:
      'Die meisten Beschwerden nach dem Laufen kommen von den Muskeln, manche Rückenschmerzen aber gehören in fachliche Hände.',
    steps: [
      'Ärztin, Arzt oder Physiotherapie aufsuchen, wenn der Schmerz stark ist, länger als ein paar Tage anhält oder immer wiederkommt.',
      'Auch abklären lassen, wenn er nachts aufweckt oder mit Taubheit oder Schwäche einhergeht.',
      'Sofort den Notruf wählen, wenn Brustschmerzen, Atemnot oder in Arm oder Kiefer ausstrahlende Schmerzen dazukommen.',
    ],
  },
  'invisible-backpack': {
    title: 'Der „unsichtbare Rucksack“',
    summary: 'Manche stellen sich ihre Sorgen als Last auf dem Rücken vor. Nichts belegt das; höchstens ein Bild.',
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
      'Wenn möglich, Läufe auf Gras, glatten Wegen oder der Bahn einstreuen.',
      'Auf rauen Trails kürzere Schritte machen und die Arme zum Ausbalancieren locker lassen.',
    ],
  },
  pace: {
    title: 'Die meisten Läufe locker halten',
    summary: 'Schneller laufen heißt größere Kräfte bei jedem Schritt, und bei Tempo leidet zuerst die Haltung.',
    steps: [
      'Den Großteil der Woche in einem Tempo laufen, bei dem man sich noch unterhalten kann.',
      'Bei Tempoeinheiten ein Intervall früher beenden, sobald die Schultern fest werden oder die Haltung zerfällt.',
    ],
  },
  'warm-up-cool-down': {
    title: 'Aufwärmen und auslaufen',
    summary: 'Muskeln, die kalt schnell werden müssen, verspannen; ein paar lockere Minuten davor und danach helfen.',
    steps: [
      'Mit 5–10 Minuten lockerem Traben beginnen, dann Armkreisen, Beinschwingen und ein paar kurze Steigerungen.',
      'Mit 5 Minuten lockerem Traben oder Gehen abschließen, bevor man stehen bleibt.',
    ],
  },
  genetics: {
    title: 'Den eigenen Körper kennen',
    summary: 'Manche neigen einfach stärker zu verspannten Muskeln. Ändern lässt sich das nicht, einplanen schon.',
    steps: [
      'Wenn Verspannungen in der Familie liegen oder immer wiederkehren, Mobilitätsübungen zur festen Gewohnheit machen.',
      'Sich etwas mehr Zeit zum Aufwärmen geben, als der Trainingsplan vorsieht.',
    ],
  },
  weather: {
    title: 'Kleidung und Trinken ans Wetter anpassen',
    summary: 'Kälte lässt Muskeln verspannen; Hitze beschleunigt Flüssigkeitsverlust und Krämpfe.',
    steps: [
      'Bei Kälte in Schichten kleiden, den Hals bedecken und sich drinnen aufwärmen.',
      'Bei Hitze früh oder spät laufen, langsamer werden und Wasser mitnehmen.',
    ],
  },
  'mind-over-matter': {
    title: 'Wohin die Aufmerksamkeit geht',
    summary:
      'Aufmerksamkeit und Erwartung verändern, wie sich Schmerz anfühlt. Positiver Fokus hilft vielleicht etwas, eine Ursache behebt er nicht.',
    steps: [
      'Auf einem harten Abschnitt die Aufmerksamkeit auf den Atem oder die Umgebung lenken statt auf den Schmerz.',
      'Zieht der Schmerz die Aufmerksamkeit immer wieder an, ihn als Hinweis nehmen, nicht als Willensprobe.',
    ],
  },
  stretches: {
    title: 'Drei Dehnungen für den oberen Rücken',
    summary: 'Sanfte Bewegung im oberen Rücken nach dem Lauf löst die Muskeln, die einen aufrecht gehalten haben.',
    steps: [
      'Katze-Kuh: im Vierfüßlerstand den Rücken langsam runden und dann durchstrecken, 8–10 Mal.',
      'Stellung des Kindes: auf die Fersen zurücksetzen, die Arme nach vorn strecken, 30–60 s.',
      'Brustwirbel-Rotation: in Seitenlage mit gebeugten Knien den oberen Arm zur anderen Seite öffnen, 8 pro Seite.',
    ],
  },
  'new-runner': {
    title: 'Neu beim Laufen? Etwas Muskelkater ist normal',
    summary: 'Muskeln, die so noch nie gearbeitet haben, schmerzen ein paar Tage, während sie sich anpassen.',
    steps: [
      'Langsam steigern, anfangs mit Ruhetagen zwischen den Läufen.',
      'Leichter Muskelkater, der nach ein paar Tagen vergeht, ist normal; scharfer oder anhaltender Schmerz gehört abgeklärt.',
    ],
  },
};
