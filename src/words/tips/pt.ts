import type { TipTexts } from '../language';

/** Português (do Brasil, legível também em Portugal). */
export const pt: TipTexts = {
  posture: {
    title: 'Tronco alto, ombros baixos',
    summary: 'Um tronco curvado ou tenso mantém em esforço os músculos entre as suas omoplatas durante toda a corrida.',
    steps: [
      'Mais ou menos a cada quilômetro, afaste os ombros das orelhas e solte as mãos.',
      'Olhe para o chão 10–20 m à frente, para que a cabeça fique sobre a coluna, e não à frente dela.',
      'Incline-se a partir dos tornozelos, não da cintura, e mantenha a barriga levemente firme.',
    ],
  },
  'chest-stretch': {
    title: 'Abra um peito contraído',
    summary:
      'Músculos do peito encurtados puxam os ombros para a frente e deixam a parte superior das costas com o trabalho de segurá-los no lugar.',
    steps: [
      'Fique no vão de uma porta, com os antebraços no batente na altura dos ombros, e dê um passo à frente até sentir o peito abrir: 30 s, duas vezes.',
      'Entrelace as mãos atrás das costas e levante-as suavemente enquanto aproxima as omoplatas.',
    ],
  },
  'upper-back-strength': {
    title: 'Fortaleça a parte superior das costas',
    summary:
      'O treino de força reduz lesões em muitas modalidades. Nenhum ensaio o testou contra a dor na parte superior das costas em corredores, mas músculos das costas mais fortes podem manter a sua postura por mais tempo.',
    steps: [
      'Duas vezes por semana, faça 3 séries de 10–12 remadas com elástico, halter ou polia.',
      'Acrescente barras fixas ou barras com assistência; se ainda não conseguir fazer barras, faça face pulls (puxada na polia em direção ao rosto).',
      'Termine com 2 séries de 15 aberturas lentas com elástico (band pull-apart).',
    ],
  },
  breathing: {
    title: 'Respire com a barriga',
    summary:
      'Respirações rápidas e curtas recrutam os músculos do pescoço e da parte superior das costas; respirações mais profundas deixam esses músculos descansar.',
    steps: [
      'Ao inspirar, deixe subir a barriga, e não os ombros.',
      'Experimente um ritmo constante, por exemplo inspirar durante três passos e expirar durante dois.',
      'Quando os ombros forem subindo num esforço intenso, expire devagar e deixe-os cair.',
    ],
  },
  'carried-weight': {
    title: 'Leve menos peso',
    summary: 'Uma mochila ou qualquer carga extra faz as suas costas e ombros trabalharem mais a cada passada.',
    steps: [
      'Leve só o necessário; deixe as coisas pesadas no trabalho ou mande-as antes.',
      'Use uma mochila de corrida com as duas alças nos ombros e a tira do peito fechadas, com a carga no alto e junto às costas.',
      'Leve garrafas e o telefone num colete ou cinto de corrida, e não numa só mão.',
    ],
  },
  hydration: {
    title: 'Beba quando tiver sede',
    summary:
      'A sede é um bom guia na maioria das corridas. Estudos com atletas de resistência não associaram as cãibras à falta de água, e beber muito mais do que o necessário numa corrida longa pode diluir o sódio no sangue (hiponatremia).',
    steps: [
      'Beba como costuma beber ao longo do dia; não é preciso beber a mais antes de sair.',
      'Em corridas de mais de uma hora, ou no calor, leve água e beba quando sentir sede.',
      'Não force líquidos seguindo um horário: pesar mais depois de uma corrida longa do que antes dela significa que você bebeu demais.',
      'Dor de cabeça, náusea ou confusão depois de beber muito numa corrida longa exigem ajuda médica, e não mais água.',
    ],
  },
  overuse: {
    title: 'Dê tempo ao corpo para se recuperar',
    summary:
      'O mesmo movimento repetido milhares de vezes vai se somando; é na recuperação que o corpo se adapta a ele.',
    steps: [
      'Reserve pelo menos um dia inteiro de descanso por semana, e mais depois de uma semana pesada.',
      'Quando as costas estiverem cansadas, troque uma corrida leve por caminhada, bicicleta em posição ereta ou elíptico.',
      'Aumente a sua distância semanal aos poucos, e não de uma vez.',
    ],
  },
  stress: {
    title: 'Solte a tensão',
    summary:
      'O estresse costuma se instalar nos ombros e na parte superior das costas e pode ficar ali durante toda a corrida.',
    steps: [
      'Antes de um treino forte, dedique cinco minutos a respirar devagar ou a uma rotina curta de relaxamento.',
      'Num dia de descanso, experimente uma sessão leve de ioga ou de mobilidade.',
    ],
  },
  footwear: {
    title: 'Confira o seu calçado',
    summary:
      'Um calçado gasto ou que não se ajusta bem pode mudar a forma como você se move. Não se sabe se o calçado afeta a parte superior das costas, e os estudos sobre lesões na corrida apontam o conforto como o melhor guia.',
    steps: [
      'Observe a entressola e a sola: vincos profundos ou partes já lisas indicam que o calçado está gasto.',
      'Muitos corredores trocam de calçado em algum ponto entre 500 e 800 km, embora nenhuma distância esteja comprovada.',
      'Escolha o par que parecer mais confortável quando você corre com ele, e não pela categoria de suporte indicada.',
    ],
  },
  'see-a-doctor': {
    title: 'Saiba quando procurar atendimento',
    summary:
      'A maioria das dores depois de correr é muscular, mas algumas dores nas costas indicam algo que precisa ser avaliado por um profissional.',
    steps: [
      'Chame uma ambulância imediatamente se a dor nas costas vier com dor ou aperto no peito, falta de ar que o esforço não explica, dor que se espalha para o braço, a mandíbula ou o pescoço, ou uma dor súbita e dilacerante entre as omoplatas. O aviso de segurança lista todos os sinais de alerta.',
      'Dor na parte superior das costas ou no peito que surge com o esforço e alivia com o repouso precisa ser avaliada por um médico antes da sua próxima corrida, mesmo que já tenha passado.',
      'Consulte logo um médico ou fisioterapeuta se a dor for forte, acordar você à noite, vier com formigamento em um braço, ou não melhorar após duas a três semanas.',
    ],
  },
  'invisible-backpack': {
    title: 'A “mochila invisível”',
    summary:
      'Alguns corredores imaginam as suas preocupações como um peso nas costas. Nada comprova isso; encare a ideia, no máximo, como uma metáfora.',
    steps: [
      'Se a imagem ajudar você, imagine que tira a mochila das costas antes de começar.',
      'Depois, verifique se os seus ombros realmente baixaram.',
    ],
  },
  moon: {
    title: 'A Lua e os seus músculos',
    summary: 'Uma crença popular liga as fases da Lua à tensão muscular. Não há nenhuma evidência disso.',
    steps: [
      'Se tiver curiosidade, anote a fase da Lua ao lado de como as suas costas se sentem depois das corridas.',
      'Veja se algum padrão resiste a alguns meses de anotações; não espere encontrar nenhum.',
    ],
  },
  surface: {
    title: 'Atenção ao terreno onde você corre',
    summary: 'Um piso duro ou irregular obriga o corpo inteiro a se firmar e se ajustar, até os ombros.',
    steps: [
      'Sempre que puder, alterne com corridas na grama, em trilhas lisas ou na pista.',
      'Em trilhas acidentadas, encurte a passada e mantenha os braços soltos para se equilibrar.',
    ],
  },
  pace: {
    title: 'Faça a maioria das corridas em ritmo leve',
    summary:
      'Correr mais rápido significa forças maiores a cada passada, e a técnica é a primeira coisa a se perder na velocidade.',
    steps: [
      'Corra a maior parte da semana num ritmo em que você conseguiria conversar.',
      'Nos treinos rápidos, encerre uma série antes da hora quando os ombros ficarem tensos ou a técnica se desfizer.',
    ],
  },
  'warm-up-cool-down': {
    title: 'Aqueça e volte à calma',
    summary:
      'Alguns minutos leves no início ajudam você a correr melhor quando acelerar. Não foi demonstrado que o aquecimento ou a volta à calma previnam dor nas costas, mas os dois custam pouco.',
    steps: [
      'Comece com 5–10 minutos de trote leve, depois faça círculos com os braços, balanços de perna e algumas acelerações curtas.',
      'Termine com 5 minutos de trote leve ou caminhada antes de parar.',
    ],
  },
  genetics: {
    title: 'Conheça o seu próprio corpo',
    summary:
      'Estudos com gêmeos sugerem que a tendência a ter dor nas costas e no pescoço é em parte herdada. Você não pode mudar isso, mas pode levar isso em conta no seu planejamento.',
    steps: [
      'Se a rigidez é comum na sua família ou sempre volta, faça do trabalho de mobilidade um hábito regular, e não um remédio pontual.',
      'Reserve um pouco mais de tempo para o aquecimento do que o plano de treino indica.',
    ],
  },
  weather: {
    title: 'Roupa e água de acordo com o clima',
    summary:
      'O frio deixa os músculos rígidos; o calor torna cada quilômetro mais pesado e aumenta a água que você perde.',
    steps: [
      'No frio, vista camadas, cubra o pescoço e aqueça primeiro em um local fechado.',
      'No calor, corra cedo ou no fim do dia, diminua o ritmo e leve água.',
    ],
  },
  'mind-over-matter': {
    title: 'Para onde vai a sua atenção',
    summary:
      'A atenção e a expectativa mudam a forma como a dor é sentida. Um foco positivo pode ajudar um pouco; não resolve uma causa.',
    steps: [
      'Num trecho difícil, volte a atenção para a respiração ou para o que está à sua volta, em vez da dor.',
      'Se a dor continua puxando a sua atenção de volta, trate isso como informação, e não como um teste de força de vontade.',
    ],
  },
  stretches: {
    title: 'Três alongamentos para a parte superior das costas',
    summary:
      'Movimentar suavemente a parte superior das costas depois de correr pode fazer bem. Não foi demonstrado que alongar previna lesões, então veja estes exercícios como conforto, e não como proteção.',
    steps: [
      'Gato–vaca: com as mãos e os joelhos no chão, arredonde e depois arqueie as costas devagar, 8–10 vezes.',
      'Postura da criança: sente-se sobre os calcanhares com os braços estendidos para a frente, por 30–60 s.',
      'Rotações torácicas: deite-se de lado com os joelhos dobrados e abra o braço de cima até o outro lado, 8 vezes de cada lado.',
    ],
  },
  'new-runner': {
    title: 'Começou a correr há pouco? Conte com alguma dor muscular',
    summary: 'Músculos que nunca trabalharam desse jeito vão doer por alguns dias enquanto se adaptam.',
    steps: [
      'Aumente aos poucos, com dias de descanso entre as corridas no início.',
      'Uma dor muscular leve que passa em poucos dias é normal; uma dor aguda ou que não passa merece uma avaliação.',
      'A dor muscular vem depois da corrida; dor na parte superior das costas ou no peito que começa enquanto você corre e alivia quando você para é outra coisa: consulte um médico antes da próxima corrida.',
    ],
  },
};
