// The French message catalog, in the "vous" form; typed as `Messages`, so a missing or extra string fails the type check.
// French puts a no-break space before : ; ? ! and inside « », so none of them starts a line on its own.
import type { SignInRefusalReason } from '../../../../electron/core/contract';
import type { Messages, RefusalWords } from './en';

/** French quotes, with the no-break spaces inside. */
const quote = (text: string) => `«\u00a0${text}\u00a0»`;

// French counts 0 and 1 in the singular.
const plural = (n: number, one: string, other: string) => (Math.abs(n) < 2 ? one : other);

const ANOTHER_SIGN_IN = 'Demandez à votre administrateur informatique de proposer une autre connexion sur ce kiosque';

const refusals: Record<SignInRefusalReason, RefusalWords> = {
  consentMissing: {
    heading: 'Il manque le consentement administrateur à l’application du kiosque',
    what: 'L’inscription d’application du kiosque n’a pas reçu ses autorisations Intune, donc Entra ID ne laisse personne s’y connecter.',
    todo: () =>
      'Demandez à votre administrateur informatique d’accorder le consentement administrateur dans l’inscription d’application du kiosque (Autorisations d’API › Accorder un consentement d’administrateur), puis reconnectez-vous.',
  },
  conditionalAccess: {
    heading: 'Une stratégie d’accès conditionnel bloque cette connexion',
    what: 'Votre organisation ne permet pas à ce compte de se connecter au kiosque de cette manière ou depuis cet endroit.',
    todo: () =>
      'Demandez à votre administrateur informatique quelle stratégie s’applique (centre d’administration Entra › Journaux de connexion › Accès conditionnel).',
  },
  deviceCodeBlocked: {
    heading: 'Ce locataire bloque la connexion avec un code',
    what: 'Une stratégie d’accès conditionnel n’autorise pas la connexion avec un code saisi sur un autre appareil.',
    todo: (next) =>
      next
        ? `Connectez-vous plutôt avec ${quote(next)}.`
        : `${ANOTHER_SIGN_IN}, ou d’autoriser celle-ci (Accès conditionnel › Conditions › Flux d’authentification).`,
  },
  securityDefaults: {
    heading: 'Les paramètres de sécurité par défaut bloquent la connexion avec un code',
    what: 'Les paramètres de sécurité par défaut de ce locataire n’autorisent pas la connexion avec un code saisi sur un autre appareil.',
    todo: (next) =>
      next
        ? `Connectez-vous plutôt avec ${quote(next)}.`
        : `${ANOTHER_SIGN_IN} (centre d’administration Entra › Vue d’ensemble › Propriétés › Paramètres de sécurité par défaut).`,
  },
  deviceCodeRechecked: {
    heading: 'La connexion avec un code n’est plus acceptée',
    what: 'Votre organisation bloque désormais les connexions avec un code, donc Entra ID a mis fin à celle-ci.',
    todo: (next) =>
      next ? `Reconnectez-vous avec ${quote(next)}.` : `${ANOTHER_SIGN_IN} (Accès conditionnel › Conditions › Flux d’authentification).`,
  },
  deviceNotCompliant: {
    heading: 'Ce compte ne peut se connecter que depuis un appareil conforme',
    what: 'Votre organisation ne permet à ce compte de se connecter que depuis un appareil géré et conforme, et cette connexion n’a pas pu le prouver.',
    todo: (next) =>
      next
        ? `Utilisez ${quote(next)}\u00a0: le kiosque se connecte alors avec l’identité de ce PC.`
        : 'Demandez à votre administrateur informatique la connexion propre à Windows sur un PC joint à Entra et conforme (Accès conditionnel › Accorder › Exiger que l’appareil soit marqué comme conforme).',
  },
  mfaRequired: {
    heading: 'Confirmez la connexion avec un second facteur',
    what: 'Votre organisation demande un second facteur (MFA) pour cette connexion.',
    todo: () => 'Reconnectez-vous et confirmez la connexion quand elle vous est demandée, par exemple dans l’application Authenticator.',
  },
  mfaRegistration: {
    heading: 'Configurez d’abord un second facteur',
    what: 'Votre organisation demande un second facteur (MFA), et votre compte n’en a encore aucun.',
    todo: () => 'Sur votre propre téléphone ou ordinateur, ouvrez https://aka.ms/mfasetup et inscrivez-en un, puis reconnectez-vous.',
  },
  notAssigned: {
    heading: 'Votre compte n’est pas attribué au kiosque',
    what: 'Seules les personnes attribuées à l’application du kiosque dans Entra ID peuvent s’y connecter.',
    todo: () =>
      'Demandez à votre administrateur informatique de vous attribuer l’application (Applications d’entreprise › l’application du kiosque › Utilisateurs et groupes).',
  },
  sessionExpired: {
    heading: 'Votre organisation vous demande de vous reconnecter',
    what: 'Les connexions à ce kiosque durent un temps fixé (fréquence de connexion), et ce temps est écoulé.',
    todo: () => 'Reconnectez-vous pour continuer.',
  },
  appNotFound: {
    heading: 'L’inscription d’application du kiosque est introuvable',
    what: 'Ce locataire n’a aucune inscription d’application avec l’ID client indiqué dans le fichier de configuration du kiosque.',
    todo: () =>
      'Demandez à votre administrateur informatique de comparer « clientId » et « tenantId » du fichier de configuration avec l’inscription d’application (Inscriptions d’applications › Vue d’ensemble).',
  },
  publicClientOff: {
    heading: 'L’inscription d’application du kiosque n’autorise pas cette connexion',
    what: 'L’inscription d’application doit autoriser les flux clients publics, avec lesquels le kiosque se connecte.',
    todo: () =>
      'Demandez à votre administrateur informatique d’activer Authentification › Autoriser les flux clients publics dans l’inscription d’application du kiosque.',
  },
  tenantNotFound: {
    heading: 'Entra ID ne connaît pas ce locataire',
    what: 'L’ID de locataire du fichier de configuration du kiosque n’appartient à aucun locataire.',
    todo: () =>
      'Demandez à votre administrateur informatique de vérifier « tenantId » dans le fichier de configuration du kiosque (centre d’administration Entra › Vue d’ensemble › ID de locataire).',
  },
  redirectUriMissing: {
    heading: 'Il manque un URI de redirection à l’inscription d’application du kiosque',
    what: 'Cette connexion a besoin d’un URI de redirection que l’inscription d’application ne contient pas.',
    todo: () =>
      'Demandez à votre administrateur informatique d’ajouter les URI de redirection du kiosque (Inscriptions d’applications › Authentification › Applications mobiles et de bureau ; docs/entra-app-registration.md).',
  },
};

export const fr: Messages = {
  app: {
    name: 'Kiosque PIN de déverrouillage',
    demo: 'DÉMO',
    demoTitle: 'Locataire simulé : ce ne sont pas de vrais appareils',
    tenant: 'Locataire',
    version: (v) => `Version ${v}`,
  },
  language: {
    name: 'Français',
    visitor: 'Dans la langue de la personne\u00a0:',
  },
  firstRun: {
    heading: 'Aucun locataire n’est configuré',
    what: 'Ce kiosque n’a trouvé aucun fichier de configuration, il ne sait donc pas pour quel locataire Intune il travaille.',
    where: 'Votre administrateur informatique place le fichier de configuration ici (le guide de déploiement, docs/deploy.md §3, décrit ses champs) :',
    demo: 'Essayer la démo intégrée',
    demoNote: 'La démo montre des appareils inventés. Rien n’est envoyé à Intune.',
    starting: 'Démarrage de la démo…',
  },
  offline: {
    title: 'Hors connexion',
    body: (since, ago) => `Intune ne répond plus depuis ${since} (${ago}).`,
    advice:
      'Les réponses viennent du cache hors connexion quand le kiosque en a un, signalées comme mises en cache. Vérifiez le réseau du kiosque.',
  },
  notice: {
    label: 'Message du kiosque (en anglais)',
    dismiss: 'Fermer',
  },
  auth: {
    heading: 'Connectez-vous pour rechercher des appareils',
    intro: 'Connectez-vous avec votre compte professionnel. Le kiosque lit ensuite Intune pour vous jusqu’à la fin de votre service.',
    methods: {
      broker: {
        name: 'Se connecter avec Windows',
        hint: 'Windows Hello, une clé de sécurité ou la connexion de ce PC.',
        waiting: 'Terminez la connexion dans la boîte de dialogue de Windows.',
      },
      window: {
        name: 'Se connecter avec votre compte professionnel',
        hint: 'La page de connexion de Microsoft s’ouvre dans une fenêtre au-dessus du kiosque.',
        waiting: 'Terminez la connexion dans la fenêtre au-dessus du kiosque.',
      },
      browser: {
        name: 'Se connecter dans le navigateur',
        hint: 'La page de connexion s’ouvre sur cet ordinateur.',
        waiting: 'Terminez la connexion dans la fenêtre du navigateur.',
      },
      deviceCode: {
        name: 'Se connecter avec un code',
        hint: 'Avec votre téléphone : scannez le code QR ou ouvrez l’adresse, puis saisissez le code.',
        waiting: 'Obtention d’un code de connexion…',
      },
    },
    otherWays: 'Autres façons de se connecter',
    checking: 'Vérification de la connexion…',
    codeHeading: 'Saisissez ce code',
    codeSteps: (address) => `Sur votre téléphone ou un autre ordinateur, ouvrez ${address} (ou scannez le code QR) et saisissez le code.`,
    expiresIn: (time) => `Le code expire dans ${time}.`,
    qr: 'Code QR de l’adresse de connexion',
    entraSays: 'Réponse d’Entra ID (en anglais) :',
    cancel: 'Annuler la connexion',
    signedInAs: (name) => `Connecté\u00a0: ${name}`,
    until: (time) => `jusqu’à ${time}`,
    signOut: 'Se déconnecter',
    failed: 'La connexion n’a pas abouti',
    failedAdvice: {
      timeout: 'Personne n’a terminé la connexion à temps. Choisissez une connexion ci-dessous pour recommencer.',
      offline: 'Le kiosque ne joint pas le service de connexion de Microsoft. Vérifiez sa connexion réseau, puis reconnectez-vous.',
      not_supported: 'Cette connexion n’est pas possible sur ce kiosque. Choisissez-en une autre ci-dessous.',
      other:
        'Choisissez une connexion ci-dessous pour réessayer. Si l’échec se répète, redémarrez le kiosque et prévenez votre administrateur informatique.',
    },
    refusals,
    tryMethod: (name) => `Essayer ${quote(name)}`,
    entraCode: (code) => `Code Entra ID AADSTS${code}`,
    endedByEntra: (at) => `Entra ID a mis fin à la connexion à ${at}.`,
    notKept: 'Les connexions ne sont pas conservées au redémarrage du kiosque.',
    lastSignOut: {
      technician: (at) => `Déconnecté à ${at}.`,
      shiftEnded: (at) => `Le service a pris fin à ${at}. Reconnectez-vous pour continuer.`,
      idle: (at) => `Déconnecté à ${at}, car personne n’utilisait le kiosque.`,
      sessionExpired: (at) => `La connexion a expiré à ${at}. Reconnectez-vous pour continuer.`,
    },
  },
  search: {
    form: 'Recherche d’appareil',
    label: 'Numéro de série, nom d’appareil ou e-mail',
    button: 'Rechercher',
    blank: 'Tapez ou scannez d’abord un numéro de série, un nom d’appareil ou une adresse e-mail.',
  },
  idle: {
    region: 'Pour commencer',
    lead: 'Scannez ou tapez un numéro de série',
    scan: 'Scannez le code-barres de l’appareil ou de sa boîte,',
    type: 'ou tapez le numéro de série, le nom de l’appareil ou l’adresse e-mail de l’utilisateur, puis appuyez sur Entrée.',
    privacy: 'Appuyez à tout moment sur Échap pour vider l’écran pour la personne suivante.',
  },
  status: {
    searching: (q) => `Recherche de ${quote(q)} dans Intune…`,
    appleLabel: (q, serial) =>
      `Les étiquettes Apple mettent un S devant le numéro de série\u00a0: ${quote(q)} est le numéro de série ${quote(serial)}.`,
    loadingDevice: 'Chargement de l’appareil…',
    matches: (n, q) =>
      `${n} ${plural(n, 'appareil correspond', 'appareils correspondent')} à ${quote(q)}. Choisissez le bon.`,
    noMatch: (q) => `Aucun appareil ne correspond à ${quote(q)}.`,
    incomplete: (q) => `Intune n’a pas pu terminer la recherche de ${quote(q)}.`,
    showing: (name) => `Affichage de ${name}.`,
    revealing: 'Affichage du code PIN…',
    pinShown: 'Le code PIN de déverrouillage est à l’écran.',
    pinHidden: 'Le code PIN a été masqué.',
    pinTimedOut: (seconds) => `Le code PIN a été masqué après ${seconds} secondes.`,
    revealingSecret: 'Affichage…',
    secretShown: (name) => `${name}\u00a0: à l’écran.`,
    secretHidden: 'Le secret a été masqué.',
    secretTimedOut: (seconds) => `Le secret a été masqué après ${seconds} secondes.`,
    error: 'Un problème est survenu. Voir ci-dessous.',
  },
  common: {
    newSearch: 'Nouvelle recherche',
    backToMatches: 'Retour à la liste',
    tryAgain: 'Réessayer',
    cancel: 'Annuler',
    done: 'Terminé – vider pour la personne suivante',
    hidingSoon: 'Bientôt masqué : appuyez sur « Garder affiché » si la personne tape encore.',
    unknownTime: 'à une heure inconnue',
    justNow: 'à l’instant',
    never: 'jamais',
    unknown: 'inconnu',
    dash: '—',
  },
  matches: {
    heading: 'Appareils correspondants',
    hint: 'Comparez le numéro de série avec celui de l’appareil, puis choisissez-le.',
    serial: 'N° de série',
    user: 'Utilisateur',
    unknownModel: 'Modèle inconnu',
    choose: 'Choisir',
    devicesOf: 'Appareils de',
    checkingLock: 'Vérification du verrouillage…',
    lockNotChecked: 'Affiché une fois choisi',
    lockUnknown: (why) => `Inconnu – ${why}`,
    lockCached: (ago) => `En cache, ${ago}`,
    cannotLock: 'Intune ne peut pas le verrouiller',
  },
  noMatch: {
    region: 'Aucun résultat',
    exactNamesOnly:
      'Ce locataire Intune ne peut pas rechercher par le début d’un nom d’appareil : tapez le nom complet de l’appareil ou scannez le numéro de série.',
    advice:
      'Vérifiez les caractères qui se ressemblent (0 et O, 1 et I, 5 et S), ou recherchez plutôt par nom d’appareil ou par adresse e-mail de l’utilisateur.',
  },
  incomplete: {
    heading: 'Intune n’a pas pu terminer cette recherche',
    lead: 'L’appareil peut se trouver dans Intune même s’il n’apparaît pas ici. Intune n’a pas répondu à ces parties de la recherche :',
    searched: {
      serial: (value) => `Numéro de série ${quote(value)}`,
      name: (value) => `Nom d’appareil ${quote(value)}`,
      user: (value) => `Adresse e-mail ${quote(value)}`,
    },
    reasons: {
      unfiltered:
        'Intune a ignoré le filtre et envoyé des appareils qui ne correspondent pas, donc le kiosque ne peut pas savoir lesquels correspondent.',
      tooManyPages: 'Intune a envoyé plus de pages qu’une recherche ne peut en demander.',
    },
    tryNext: {
      tooManyPages: 'Tapez-en davantage : le numéro de série complet ou le nom complet de l’appareil.',
      serial: 'Recherchez plutôt par nom d’appareil ou par adresse e-mail de l’utilisateur.',
      name: 'Scannez ou tapez plutôt le numéro de série complet.',
      user: 'Scannez ou tapez plutôt le numéro de série ou le nom de l’appareil.',
    },
  },
  device: {
    unnamed: 'Appareil sans nom',
    confirm: 'Vérifiez que le numéro de série correspond à l’appareil devant vous.',
    model: 'Modèle',
    system: 'Système',
    serial: 'Numéro de série',
    user: 'Utilisateur',
    noUser: 'Aucun utilisateur principal',
    lastCheckIn: 'Dernier contact',
    the: 'l’appareil',
  },
  source: {
    live: (ago) => `Lu dans Intune ${ago}.`,
    cachedTitle: 'Résultat mis en cache',
    cached: (ago, at) => `lu ${ago} (${at}). Intune était injoignable, ce résultat n’est peut-être plus à jour.`,
  },
  lock: {
    heading: 'Verrouillage à distance',
    sent: 'Envoyé',
    lastUpdate: 'Dernière mise à jour',
    others: 'Autres actions récentes',
    otherAction: (name, state, when) => `${name} – ${state}, ${when}`,
    unnamedAction: 'action sans nom',
    actionNames: {
      syncDevice: 'synchronisation',
      wipe: 'réinitialisation',
      retire: 'mise hors service',
      rebootNow: 'redémarrage',
      resetPasscode: 'réinitialisation du code secret',
      locateDevice: 'localisation',
      windowsDefenderScan: 'analyse Defender',
      remoteLock: 'verrouillage à distance',
      rotateBitLockerKeys: 'rotation des clés BitLocker',
      rotateFileVaultKey: 'rotation de la clé FileVault',
    },
    timeUnknown: 'heure inconnue',
    notSent: { word: 'Non envoyé', guidance: 'Aucun verrouillage à distance n’a été envoyé à cet appareil.' },
    states: {
      pending: {
        word: 'En attente',
        guidance:
          'Intune a envoyé le verrouillage ; l’appareil n’a pas encore contacté Intune. Demandez à la personne de le connecter au Wi-Fi.',
      },
      active: {
        word: 'En cours',
        guidance: 'L’appareil applique le verrouillage en ce moment. Patientez une minute, puis recherchez-le de nouveau.',
      },
      done: { word: 'Terminé', guidance: 'L’appareil a reçu le verrouillage et il est verrouillé.' },
      failed: {
        word: 'Échec',
        guidance:
          'Le verrouillage n’a pas abouti. Un Mac déjà verrouillé refuse un second verrouillage. Vérifiez l’appareil ; s’il n’est pas verrouillé, demandez à un administrateur Intune d’envoyer de nouveau le verrouillage.',
      },
      canceled: {
        word: 'Annulé',
        guidance: 'Le verrouillage a été annulé avant d’atteindre l’appareil, donc Intune ne l’a pas verrouillé.',
      },
      notSupported: { word: 'Non pris en charge', guidance: 'Cet appareil ne prend pas en charge le verrouillage à distance par Intune.' },
      none: {
        word: 'Sans état',
        guidance: 'Intune a enregistré un verrouillage, mais aucune progression pour l’instant. Recherchez-le de nouveau dans quelques minutes.',
      },
      unknown: {
        word: 'Inconnu',
        guidance: 'Intune indique un état que ce kiosque ne connaît pas. Vérifiez l’appareil dans le centre d’administration Intune.',
      },
    },
    outcomes: {
      locked: { word: 'Verrouillé', guidance: 'L’appareil a reçu le verrouillage et il est verrouillé.' },
      pinGone: {
        word: 'Verrouillé – pas de code PIN d’Intune',
        guidance:
          'Le Mac a reçu le verrouillage, mais Intune ne fournit plus son code PIN de déverrouillage. Ne le verrouillez pas de nouveau (cela échoue aussi) : confiez-le à votre administrateur Mac.',
      },
      locking: {
        word: 'Verrouillage en cours',
        guidance: 'L’appareil applique le verrouillage en ce moment. Patientez une minute, puis vérifiez de nouveau.',
      },
      waiting: {
        word: 'En attente de l’appareil',
        guidance:
          'Intune a envoyé le verrouillage ; l’appareil n’a pas encore contacté Intune. Demandez à la personne de le connecter au Wi-Fi, puis vérifiez de nouveau.',
      },
      canceled: {
        word: 'Annulé – non verrouillé',
        guidance:
          'Le verrouillage a été annulé avant d’atteindre l’appareil, donc Intune ne l’a pas verrouillé et il n’y a aucun code PIN à utiliser.',
      },
      failed: {
        word: 'Échec',
        guidance:
          'Le verrouillage n’a pas abouti. Un Mac déjà verrouillé refuse un second verrouillage. Vérifiez l’appareil ; s’il n’est pas verrouillé, envoyez de nouveau le verrouillage.',
      },
      notSupported: { word: 'Non pris en charge', guidance: 'Cet appareil ne prend pas en charge le verrouillage à distance par Intune.' },
      unknown: {
        word: 'Inconnu',
        guidance: 'Intune indique un état que ce kiosque ne connaît pas. Vérifiez l’appareil dans le centre d’administration Intune.',
      },
    },
    noProgressWord: (days) => `Aucune progression après ${days} ${plural(days, 'jour', 'jours')}`,
    noProgressGuidance: (days) =>
      `Intune a envoyé le verrouillage il y a ${days} ${plural(days, 'jour', 'jours')} et l’appareil ne l’a pas appliqué\u00a0: il est peut-être éteint, hors connexion ou plus inscrit. Vérifiez-le dans le centre d’administration Intune.`,
    failedNoKioskLock: 'S’il n’est pas verrouillé, demandez à un administrateur Intune d’envoyer de nouveau le verrouillage.',
    checkAgain: 'Vérifier de nouveau',
    checking: 'Vérification…',
    checkFailed: (message) => `Nouvelle vérification impossible\u00a0: ${message}`,
    laterAction: (action, ago) =>
      `Une action ${quote(action)} a été envoyée ${ago}, après ce verrouillage. Toute action envoyée après un verrouillage remplace le code PIN du Mac\u00a0: le code PIN d’Intune n’est peut-être pas celui que le Mac demande.`,
    noRemoteLock: (os) =>
      `Verrouillage à distance\u00a0: Intune ne peut pas verrouiller ${os ? `les appareils ${os}` : 'ce type d’appareil'}, il n’y a donc rien à déverrouiller ici.`,
    ownPasscodeHeading: 'Étape suivante',
    ownPasscode: 'Demandez à la personne de le déverrouiller avec le code de l’appareil.',
  },
  remoteLock: {
    heading: 'Envoyer un verrouillage à distance',
    button: 'Verrouiller l’appareil…',
    confirmQuestion: (name) => `Envoyer un verrouillage à distance à ${name}\u00a0?`,
    confirmDetail:
      'L’appareil se verrouille dès qu’il contacte de nouveau Intune. Un Mac demande alors le code PIN de déverrouillage ; un iPhone, un iPad ou un appareil Android demande son propre code.',
    confirm: 'Envoyer le verrouillage',
    sending: 'Envoi du verrouillage…',
    waiting: 'Verrouillage envoyé – en attente que l’appareil contacte Intune',
    lastChecked: (time) => `Le kiosque a interrogé Intune pour la dernière fois à ${time}.`,
    settled: 'L’appareil a contacté Intune.',
    settledWithPin: 'L’appareil a contacté Intune. Son code PIN de déverrouillage peut maintenant être affiché.',
    gaveUp:
      'L’appareil n’a pas encore contacté Intune ; le kiosque a cessé d’attendre. Recherchez-le de nouveau plus tard pour voir son état.',
    alreadyLockedTitle: 'Ce Mac a déjà un verrouillage à distance',
    alreadyLockedWhy:
      'Un nouveau verrouillage échoue sur le Mac, et le code PIN qu’il attend est perdu. Utilisez plutôt le code PIN existant.',
    revealExisting: 'Afficher le code PIN existant',
    lockAgain: 'Verrouiller quand même',
    notSupportedTitle: 'Cet appareil ne peut pas être verrouillé depuis le kiosque',
    failedTitle: 'Le verrouillage n’a pas pu être envoyé',
  },
  pin: {
    heading: 'Code PIN de déverrouillage',
    reveal: 'Afficher le code PIN',
    revealing: 'Affichage…',
    checkFirst: 'Vérifiez que c’est bien l’appareil de la personne.',
    lastRevealYou: (ago) => `Affiché pour la dernière fois ${ago}, par vous.`,
    lastRevealOther: (ago, who) => `Affiché pour la dernière fois ${ago}, par ${who}.`,
    hide: 'Masquer le code PIN',
    readAloud: 'Lire à voix haute',
    digits: (spaced) => `Chiffres\u00a0: ${spaced}`,
    typeIt: 'Tapez-le sur l’écran de verrouillage du Mac.',
    issued: (ago, at) => `Code PIN émis ${ago} · ${at}`,
    stale: (days, reliableDays) =>
      `Ce code PIN date de ${days} jours. Intune ne le détient peut-être plus\u00a0: des codes PIN ont disparu après environ ${reliableDays} jours, et toute action envoyée ensuite au Mac le remplace.`,
    staleAdvice:
      'Si le Mac le refuse, ne le verrouillez pas de nouveau (cela échoue aussi). Vérifiez les actions de l’appareil dans le centre d’administration Intune, puis confiez le Mac à votre administrateur Mac : un Mac dont le code PIN est perdu a besoin de l’aide d’Apple, avec une preuve d’achat.',
    hidesIn: (seconds) => `Masqué dans ${seconds} s`,
    noPinMac: (documentedDays, reliableDays) =>
      `Ce verrouillage n’a pas de code PIN de déverrouillage dans Intune. Intune indique ${documentedDays} jours, mais le code PIN d’un Mac a disparu après environ ${reliableDays}, et toute action envoyée ensuite au Mac le remplace.`,
    noPinOther:
      'Ce verrouillage n’a pas de code PIN de déverrouillage. Les iPhone, iPad et appareils Android utilisent le code de l’appareil : demandez à la personne de le saisir.',
    noCopy: 'La copie est désactivée : lisez le code PIN à l’écran.',
  },
  reason: {
    label: 'Motif de l’affichage',
    optional: '(facultatif)',
    choose: 'Choisissez un motif…',
    placeholder: 'Pourquoi la personne en a besoin',
    missing: 'Choisissez d’abord un motif : le journal d’audit l’enregistre avec l’affichage.',
  },
  secrets: {
    heading: 'Autres secrets',
    others: 'Autres secrets de cet appareil',
    names: {
      bitlocker: 'Clé de récupération BitLocker',
      laps: 'Mot de passe administrateur local (LAPS)',
      androidPasscode: 'Code secret temporaire',
      activationLock: 'Code de contournement du Verrouillage d’activation',
      fileVault: 'Clé de récupération FileVault',
    },
    reveal: {
      bitlocker: 'Afficher cette clé',
      laps: 'Afficher le mot de passe',
      androidPasscode: 'Afficher le code secret',
      activationLock: 'Afficher le code de contournement',
      fileVault: 'Demander la clé à Intune',
    },
    fileVaultAsk: 'Intune détient-il la clé FileVault de ce Mac ? Seule une demande de la clé permet de le savoir.',
    notHeld: {
      bitlocker: 'Entra ID ne détient aucune clé BitLocker avec cet ID',
      laps: 'Aucun mot de passe LAPS n’est sauvegardé pour ce PC',
      androidPasscode: 'Intune ne détient aucun code secret pour ce téléphone',
      activationLock: 'Intune ne détient aucun code de contournement pour cet appareil',
      fileVault: 'Intune ne détient aucune clé FileVault pour ce Mac',
    },
    escalate: 'Envoyez la personne au support de niveau 2.',
    nothingHeading: 'Rien à afficher',
    nothing: 'Intune ne détient aucun code PIN, aucune clé ni aucun mot de passe que le kiosque peut afficher pour cet appareil.',
    nothingNext: 'Si la personne ne peut toujours pas accéder à l’appareil, envoyez-la au support de niveau 2.',
    use: {
      bitlocker: 'Tapez les 48 chiffres sur l’écran bleu de récupération BitLocker, groupe par groupe.',
      laps: 'Connectez-vous à Windows en tant qu’administrateur local avec ce mot de passe. Windows LAPS le change de nouveau après usage.',
      androidPasscode: 'La personne déverrouille le téléphone avec ce code secret, puis en définit un nouveau.',
      activationLock: 'Sur l’écran du Verrouillage d’activation, laissez le compte Apple vide et saisissez ce code comme mot de passe.',
      fileVault: 'Sur l’écran de connexion du Mac, choisissez la réinitialisation avec la clé de récupération et tapez cette clé.',
    },
    stored: (ago, at) => `Stocké ${ago} · ${at}`,
    backedUp: (ago, at) => `Sauvegardé ${ago} · ${at}`,
    passcodeReset: (ago, at) => `Code secret réinitialisé ${ago} · ${at}`,
    problem: 'Le kiosque n’a pas pu vérifier ceci :',
    keyIdLabel: 'ID de la clé de récupération, premiers caractères',
    keyIdHint: 'L’écran bleu affiche « ID de la clé de récupération : 1A2B3C4D… ». Tapez au moins les 4 premiers.',
    matching: (n) => (n < 2 ? 'La clé avec cet ID\u00a0:' : `${n} clés commencent par ces caractères\u00a0:`),
    noMatch: (typed) =>
      `Aucune clé de récupération de cet appareil ne commence par ${quote(typed)}. Vérifiez l’ID à l’écran\u00a0; cet appareil a ces clés\u00a0:`,
    showAll: (n) => `Afficher les ${n} clés`,
    keyCount: (n) =>
      `${n} ${plural(n, 'clé de récupération sauvegardée', 'clés de récupération sauvegardées')} dans Entra ID.`,
    volume: {
      operatingSystemVolume: 'Lecteur Windows',
      fixedDataVolume: 'Lecteur de données',
      removableDataVolume: 'Lecteur amovible',
      unknown: 'Lecteur de type inconnu',
    },
    created: (ago) => `créée ${ago}`,
    newest: 'la plus récente',
    keyId: (id) => `ID de la clé de récupération ${id}`,
    group: (n) => `Groupe ${n}`,
    account: (name) => `Compte\u00a0: ${name}`,
    legend: (parts) => (parts.length === 0 ? '' : `${parts.join(', ').replace(/^./, (c) => c.toUpperCase())}.`),
    marks: { digit: 'les chiffres sont en bleu', symbol: 'les symboles sont en jaune', upper: 'les majuscules sont soulignées' },
    noSpaces: 'Ne tapez pas les espaces : ils ne servent qu’à faciliter la lecture.',
    hyphens: {
      bitlocker: 'Tapez seulement les chiffres : l’écran de récupération ajoute lui-même les tirets.',
      laps: 'Le mot de passe n’a pas de séparateurs : chaque caractère affiché se tape, un tiret aussi.',
      androidPasscode: 'Tapez seulement les chiffres.',
      activationLock: 'Tapez-le exactement comme affiché, avec ses tirets, dans le champ du mot de passe.',
      fileVault: 'Tapez les lettres et les chiffres : le Mac ajoute les tirets pendant la saisie. S’il n’en apparaît pas, tapez-le.',
    },
    lapsOtherUser: 'Sur l’écran de connexion de Windows, choisissez « Autre utilisateur » et tapez ce nom d’utilisateur :',
    lapsUser: (account) => `.\\${account}`,
    lapsEye:
      'Avant d’appuyer sur Entrée, maintenez le bouton en forme d’œil au bout du champ du mot de passe pour vérifier ce qui a été tapé.',
    keyIdAsk: 'L’écran bleu affiche-t-il',
    keyIdAskEnd: ' ?',
    keyIdWrong: 'Sinon, masquez cette clé et choisissez la clé dont l’ID est à l’écran.',
    fKeys:
      'Aucun chiffre n’apparaît ? Sur un clavier dont la rangée des chiffres demande Maj, utilisez F1 à F9 pour 1 à 9 et F10 pour 0.',
    stepThrough: 'Un groupe à la fois',
    allGroups: 'Afficher les 8 groupes',
    groupOf: (n, total) => `Groupe ${n} sur ${total}`,
    nextGroup: 'Groupe suivant',
    previousGroup: 'Groupe précédent',
    arrowKeys: 'Les flèches gauche et droite du clavier passent aussi d’un groupe à l’autre.',
    lastGroup: 'C’est le dernier groupe : la personne appuie sur Entrée sur l’écran de récupération.',
    spell: 'Épeler',
    unspell: 'Masquer l’épellation',
    spelled: 'Épelé',
    readAloud: 'Lire à voix haute',
    hide: 'Masquer',
    keep: 'Garder affiché',
    noCopy: 'La copie est désactivée : lisez-le à l’écran.',
    cached: (ago) => `Du cache hors connexion, ${ago}`,
    hidesIn: (seconds) => `Masqué dans ${seconds} s`,
    characters: (spelled) => `Caractères\u00a0: ${spelled}`,
    upper: (c) => `${c} majuscule`,
    lower: (c) => `${c} minuscule`,
    digit: (word) => `chiffre ${word}`,
    digits: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
    symbol: (c) => `symbole ${c}`,
    symbols: {
      '-': 'tiret',
      _: 'tiret bas',
      '.': 'point',
      ',': 'virgule',
      '#': 'dièse',
      $: 'dollar',
      '%': 'pour cent',
      '&': 'esperluette',
      '@': 'arobase',
      '!': 'point d’exclamation',
      '?': 'point d’interrogation',
      '*': 'astérisque',
      '+': 'plus',
      '=': 'égal',
      '/': 'barre oblique',
      '\\': 'barre oblique inversée',
      ':': 'deux-points',
      ';': 'point-virgule',
      '(': 'parenthèse ouvrante',
      ')': 'parenthèse fermante',
      '[': 'crochet ouvrant',
      ']': 'crochet fermant',
      '{': 'accolade ouvrante',
      '}': 'accolade fermante',
      '<': 'signe inférieur',
      '>': 'signe supérieur',
      '^': 'accent circonflexe',
      '~': 'tilde',
      "'": 'apostrophe',
      '"': 'guillemet droit',
      '`': 'accent grave',
      '|': 'barre verticale',
      ' ': 'espace',
    },
  },
  rotation: {
    why: 'Cette clé a maintenant été vue. Une fois la personne de nouveau dans sa session, faites-la remplacer par Intune.',
    offer: 'Faire tourner cette clé…',
    confirmQuestion: {
      bitlocker: 'Demander à Intune une rotation des clés de récupération BitLocker de ce PC\u00a0?',
      fileVault: 'Demander à Intune une rotation de la clé de récupération FileVault de ce Mac\u00a0?',
    },
    confirmDetail:
      'Intune demande une nouvelle clé à l’appareil. Dès que l’appareil contacte Intune, la clé affichée ne fonctionne plus\u00a0: ne lancez la rotation qu’une fois la personne de nouveau dans sa session.',
    replacesPin:
      'Intune n’affiche le code PIN de déverrouillage de ce Mac que jusqu’à l’envoi d’une autre action\u00a0: cette rotation le remplace. Utilisez d’abord le code PIN.',
    confirm: 'Lancer la rotation',
    sending: 'Demande de rotation envoyée à Intune…',
    sentTitle: 'Intune a demandé une nouvelle clé à l’appareil',
    sent: 'Elle prend effet au prochain contact de l’appareil avec Intune. À partir de là, la clé affichée ne fonctionne plus.',
    failedTitle: 'La rotation n’a pas pu être envoyée',
    refusedTitle: 'Intune ne fera pas tourner cette clé',
    refused: 'Rien n’a été envoyé. Demandez à votre administrateur informatique de faire tourner la clé dans Intune.',
    forbidden:
      'Votre compte ne peut pas faire tourner de clés dans Intune. Demandez à votre administrateur informatique de faire tourner cette clé, et de vous en donner l’accès.',
    reminderTitle: 'Cette clé a maintenant été vue',
    reminder: 'Demandez à votre administrateur informatique de la faire tourner dans Intune.',
  },
  errors: {
    heading: {
      invalid_request: 'Cette recherche n’est pas utilisable',
      config_error: 'Le kiosque n’est pas configuré',
      not_signed_in: 'Connexion nécessaire',
      consent_required: 'Connexion nécessaire',
      forbidden: 'Non autorisé',
      not_found: 'Appareil introuvable',
      not_supported: 'Impossible pour cet appareil',
      already_locked: 'Ce Mac est déjà verrouillé',
      throttled: 'Intune est occupé',
      offline: 'Intune est injoignable',
      timeout: 'Intune est injoignable',
      graph_error: 'Intune a répondu par une erreur',
      canceled: 'La demande a été annulée',
      internal: 'Un problème est survenu dans le kiosque',
    },
    advice: {
      invalid_request: 'Vérifiez ce qui a été tapé ou scanné, puis recherchez de nouveau.',
      config_error: 'Demandez à votre administrateur informatique de vérifier le fichier de configuration du kiosque.',
      not_signed_in:
        'Connectez le kiosque avec un compte professionnel autorisé à lire les appareils Intune, puis appuyez sur « Réessayer ».',
      consent_required:
        'Connectez le kiosque avec un compte professionnel autorisé à lire les appareils Intune, puis appuyez sur « Réessayer ».',
      forbidden: 'Demandez l’accès à un administrateur Intune, ou envoyez la personne au support de niveau 2.',
      not_found:
        'L’appareil a peut-être été supprimé d’Intune ou se trouve hors de votre étendue. Lancez une nouvelle recherche.',
      not_supported:
        'Rien n’a été envoyé à l’appareil. Lancez une nouvelle recherche, ou traitez cet appareil autrement.',
      already_locked: 'Affichez le code PIN du verrouillage déjà envoyé au lieu de verrouiller de nouveau.',
      throttled: 'Patientez une minute, puis appuyez sur « Réessayer ».',
      offline: 'Vérifiez la connexion réseau du kiosque, puis appuyez sur « Réessayer ».',
      timeout: 'Vérifiez la connexion réseau du kiosque, puis appuyez sur « Réessayer ».',
      graph_error:
        'Appuyez sur « Réessayer ». Si l’échec se répète, Intune a peut-être des problèmes ; consultez l’état d’intégrité du service Microsoft 365.',
      canceled: 'Appuyez sur « Réessayer », ou lancez une nouvelle recherche.',
      internal:
        'Appuyez sur « Réessayer ». Si l’échec se répète, redémarrez le kiosque et prévenez votre administrateur informatique.',
    },
    waitSeconds: (n) => `Patientez ${n} ${plural(n, 'seconde', 'secondes')}, puis appuyez sur «\u00a0Réessayer\u00a0».`,
    whatToDo: 'Que faire :',
    details: 'Détails du kiosque (en anglais) :',
    noBridge: 'Cette page doit être ouverte par l’application du kiosque ; seule, elle ne peut pas joindre Intune.',
    noAnswer: 'Le kiosque n’a pas répondu. Redémarrez-le si cela se reproduit.',
    forbiddenAtCounter:
      'Votre compte n’a pas le droit de faire cela dans Intune, donc le kiosque ne peut pas aider cette personne maintenant : envoyez-la au support de niveau 2, et demandez l’accès à un administrateur Intune.',
    forAdmin: 'Détails pour votre administrateur',
    retryingIn: (n) => `Le kiosque réessaie de lui-même dans ${n} ${plural(n, 'seconde', 'secondes')}.`,
    tryNow: 'Réessayer maintenant',
  },
};
