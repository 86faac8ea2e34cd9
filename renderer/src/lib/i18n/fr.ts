// The French message catalog, in the "vous" form; typed as `Messages`, so a missing or extra string fails the type check.
// French puts a no-break space before : ; ? ! and inside « », so none of them starts a line on its own.
import type { MessageParams, RotatableKind, SecretKind, SignInMethod, SignInRefusalReason } from '../../../../electron/core/contract';
import type { MessageWords, Messages, RefusalWords } from './en';

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

const kind = (k: SecretKind) => fr.secrets.names[k];
/** A key's name inside a sentence: "la clé de récupération BitLocker". */
const key = (k: RotatableKind) => {
  const name = kind(k);
  return name.charAt(0).toLowerCase() + name.slice(1);
};
const method = (m: SignInMethod) => fr.auth.methods[m].name;
const canceled: Record<MessageParams<'signInCanceled'>['why'], string> = {
  technician: 'La connexion a été annulée.',
  declined: 'La connexion a été annulée ou refusée.',
  replaced: 'Une autre connexion a remplacé celle-ci.',
  windowClosed: 'La fenêtre de connexion a été fermée.',
  closing: 'Le kiosque se ferme.',
  signedOut: 'Le kiosque s’est déconnecté.',
};
const unreadable: Record<MessageParams<'unreadable'>['what'], string> = {
  answer: 'Intune a envoyé une réponse que le kiosque ne sait pas lire.',
  device: 'Intune a envoyé un appareil que le kiosque ne sait pas lire.',
  deviceList: 'Intune a envoyé une liste d’appareils que le kiosque ne sait pas lire.',
  bitlockerList: 'Entra ID a envoyé une liste de clés BitLocker que le kiosque ne sait pas lire.',
  bitlockerKey:
    'Entra ID a envoyé une clé de récupération BitLocker que le kiosque ne sait pas lire. Consultez-la dans le centre d’administration Entra.',
  lapsPassword: 'Entra ID a envoyé un mot de passe administrateur local que le kiosque ne sait pas lire.',
};
const notHeld: Record<SecretKind, string> = {
  bitlocker: 'Entra ID ne détient aucune clé de récupération BitLocker avec cet ID pour cet appareil.',
  laps: 'Entra ID ne détient aucun mot de passe administrateur local pour cet appareil\u00a0: Windows LAPS n’en a sauvegardé aucun.',
  androidPasscode:
    'Intune ne détient aucun code secret temporaire pour cet appareil. Il en garde un pendant 7 jours après une réinitialisation du code secret.',
  activationLock:
    'Intune ne détient aucun code de contournement du Verrouillage d’activation pour cet appareil. Seuls les appareils supervisés dont le Verrouillage d’activation est activé en ont un.',
  fileVault: 'Intune ne détient aucune clé de récupération FileVault pour ce Mac\u00a0: le Mac ne l’a jamais stockée dans Intune.',
};
const notKept: Record<MessageParams<'signInsNotKept'>['why'], string> = {
  noKeyring:
    'Cet ordinateur n’a pas de trousseau pour protéger les connexions, donc le kiosque les garde seulement en mémoire\u00a0: reconnectez-vous après chaque redémarrage.',
  noKeychain:
    'Le trousseau de cet ordinateur n’est pas accessible au kiosque, donc il garde les connexions seulement en mémoire\u00a0: reconnectez-vous après chaque redémarrage.',
  tenant: 'Les connexions durent jusqu’à la fermeture du kiosque.',
};
const seconds = (n: number) => `${n} ${plural(n, 'seconde', 'secondes')}`;

const messages: MessageWords = {
  invalidRequest: () => 'Le kiosque n’a pas pu utiliser cette demande.',
  searchBlank: () => 'Tapez ou scannez un numéro de série, un nom d’appareil ou une adresse e-mail.',
  searchTooLong: () => 'C’est trop long pour un numéro de série, un nom d’appareil ou une adresse e-mail.',
  searchUnseen: () => 'La recherche contient des caractères invisibles. Scannez-la ou tapez-la de nouveau.',
  deviceIdInvalid: () => 'Ce n’est pas un ID d’appareil Intune.',
  keyIdInvalid: () => 'Ce n’est pas un ID de clé de récupération BitLocker.',
  keyIdMissing: () => 'Choisissez la clé de récupération BitLocker à afficher.',
  keyIdNotBitLocker: () => 'Seule une clé de récupération BitLocker se choisit par son ID.',
  rotationKindInvalid: () => 'Seule une clé BitLocker ou FileVault peut faire l’objet d’une rotation.',
  reasonBlank: () => 'Choisissez un motif pour cet affichage.',
  reasonTooLong: () => 'Le motif est trop long\u00a0: 120 caractères au plus.',
  reasonUnseen: () => 'Le motif contient des caractères invisibles.',
  devicesNone: () => 'Aucun appareil n’a été indiqué.',
  devicesTooMany: () => 'Trop d’appareils ont été demandés à la fois.',
  devicesRepeated: () => 'Un appareil a été indiqué deux fois.',
  graphOffline: () => 'Le kiosque ne joint pas Intune.',
  graphTimeout: ({ seconds: n }) => `Intune n’a pas répondu dans un délai de ${seconds(n)}.`,
  graphBusy: ({ seconds: n }) =>
    n === null ? 'Intune est occupé par trop de demandes.' : `Intune est occupé par trop de demandes et demande d’attendre ${seconds(n)}.`,
  kioskPacing: ({ seconds: n }) => `Le kiosque fait une pause de ${seconds(n)} pour rester dans les limites Intune de votre organisation.`,
  graphFailed: ({ status }) => (status >= 500 ? `Intune rencontre un problème (erreur ${status}).` : `Intune a refusé la demande (erreur ${status}).`),
  graphLinkOutside: () => 'Intune a envoyé un lien vers une autre adresse, que le kiosque n’a pas suivi.',
  unreadable: ({ what }) => unreadable[what],
  bitlockerGroupInvalid: ({ group }) =>
    `Entra ID a envoyé une clé de récupération BitLocker dont le groupe ${group} sur 8 n’est pas valide\u00a0: l’écran de récupération la refuserait. Consultez la clé dans le centre d’administration Entra, ou transmettez la demande au support de niveau 2.`,
  intuneForbidden: ({ permissions }) =>
    `Votre compte n’a pas le droit de faire cela dans Intune. Il lui faut le rôle Help Desk Operator (ou ${quote('Managed devices: Read')} et, pour verrouiller, ${quote('Remote tasks: Remote lock')}), et il faut au kiosque le consentement administrateur pour ${permissions.join(' et ')}.`,
  deviceGone: () => 'Cet appareil a été supprimé d’Intune ou se trouve hors de votre étendue Intune.',
  differentDevice: () => 'Intune a répondu avec un autre appareil.',
  requestReplaced: () => 'Une recherche plus récente a remplacé celle-ci.',
  pinNotHeld: () => 'Intune ne détient aucun code PIN de déverrouillage pour cet appareil.',
  pinOffline: () => 'Intune est injoignable, et le kiosque n’a aucun code PIN en cache pour cet appareil.',
  lockNotSaved: () => 'Intune est injoignable, et le kiosque n’a pas mis en cache le verrouillage de cet appareil.',
  remoteLockOff: () => 'Le verrouillage à distance est désactivé sur ce kiosque.',
  remoteLockUnsupported: ({ os }) => `Intune ne peut pas verrouiller ${os ? `les appareils ${os}` : 'ce type d’appareil'}. Rien n’a été envoyé.`,
  alreadyLocked: ({ delivered }) =>
    `Ce Mac a déjà un verrouillage à distance (${delivered ? 'verrouillé' : 'pas encore remis'}). Un second verrouillage échoue sur le Mac, et le code PIN qu’il attend est perdu.`,
  secretOff: ({ kind: k }) => `${kind(k)}\u00a0: l’affichage est désactivé sur ce kiosque.`,
  secretNotForDevice: ({ kind: k, os }) => `${kind(k)}\u00a0: ${os ? `les appareils ${os} n’en ont pas` : 'ce type d’appareil n’en a pas'}.`,
  secretNotHeld: ({ kind: k }) => notHeld[k],
  secretOffline: ({ kind: k, keptOffline }) =>
    keptOffline
      ? `${kind(k)}\u00a0: Intune est injoignable, et le kiosque n’en a aucune copie en cache pour cet appareil.`
      : `${kind(k)}\u00a0: Intune est injoignable, et le kiosque n’en garde jamais de copie en cache.`,
  secretForbidden: ({ kind: k, permission, roles }) =>
    `${kind(k)}\u00a0: votre compte n’a pas le droit de lire ce secret. Il lui faut l’un de ces rôles\u00a0: ${roles.join(', ')}\u00a0; et il faut au kiosque l’autorisation ${permission} avec le consentement administrateur.`,
  rotationOff: ({ kind: k }) => `La rotation de la ${key(k)} est désactivée sur ce kiosque.`,
  rotationNotForDevice: ({ kind: k, os }) =>
    `${os ? `Les appareils ${os} n’ont` : 'Ce type d’appareil n’a'} aucune ${key(k)} à faire tourner. Rien n’a été envoyé.`,
  rotationForbidden: ({ kind: k, permission, intunePermission }) =>
    `Votre compte n’a pas le droit de faire tourner la ${key(k)}. Il lui faut un rôle Intune avec ${quote(`Remote tasks: ${intunePermission}`)}, et il faut au kiosque l’autorisation ${permission} avec le consentement administrateur.`,
  rotationRefused: ({ kind: k }) =>
    k === 'bitlocker'
      ? 'Intune ne fait tourner les clés BitLocker que sur les PC Windows, et n’a pas fait tourner celle-ci.'
      : 'Intune ne fait tourner une clé FileVault que sur un Mac de l’entreprise chiffré par une stratégie Intune, et n’a pas fait tourner celle-ci.',
  reasonRequired: () => 'Choisissez d’abord un motif pour cet affichage.',
  reasonNotListed: () => 'Choisissez l’un des motifs de la liste.',
  revealNotRecorded: () => 'Le kiosque n’a pas pu enregistrer cet affichage dans son journal d’audit, donc le secret reste masqué.',
  notSignedIn: () => 'Personne n’est connecté au kiosque.',
  signInEnded: () => 'La connexion a pris fin.',
  signInRefused: ({ reason, tryMethod }) => `${refusals[reason].what} ${refusals[reason].todo(tryMethod && method(tryMethod))}`,
  signInCanceled: ({ why }) => canceled[why],
  signInTimedOut: ({ method: m }) => (m === 'broker' ? 'La connexion de Windows n’a pas abouti à temps.' : 'Personne n’a terminé la connexion à temps.'),
  deviceCodeExpired: () => 'Le code de connexion a expiré avant que quelqu’un l’utilise.',
  signInNotOffered: ({ offered }) => `Ce kiosque ne propose pas cette connexion. Choisissez ${quote(method(offered))}.`,
  signInPageFailed: ({ tryMethod }) =>
    `Cet ordinateur n’a pas pu ouvrir la page de connexion.${tryMethod ? ` Utilisez plutôt ${quote(method(tryMethod))}.` : ''}`,
  signInServiceOffline: () => 'Le kiosque ne joint pas le service de connexion de Microsoft.',
  signInUnfinished: ({ entraCode }) => `La connexion n’a pas abouti.${entraCode === null ? '' : ` Entra ID a répondu AADSTS${entraCode}.`}`,
  demoNotNeeded: ({ tenant }) => `Le kiosque travaille déjà pour ${tenant}.`,
  noConfig: ({ path }) => `Aucun locataire n’est configuré\u00a0: le fichier de configuration ${path} n’existe pas.`,
  demoDidNotStart: () => 'Le locataire de démo n’a pas démarré. Fermez le kiosque et relancez-le.',
  cacheSetAside: () => 'Le cache hors connexion était illisible et a été mis de côté. Le kiosque démarre avec un cache hors connexion vide.',
  cacheKeychainAway: () =>
    'Le trousseau n’a pas répondu, donc le cache hors connexion n’a pas pu être lu. Il est conservé pour le prochain démarrage\u00a0; d’ici là, seules les réponses de cette session sont disponibles hors connexion.',
  signInKeychainAway: () =>
    'Le trousseau n’a pas répondu, donc la connexion enregistrée n’a pas pu être lue. Jusqu’au prochain démarrage, les connexions durent jusqu’à la fermeture du kiosque.',
  signInsNotKept: ({ why }) => notKept[why],
  internal: () => 'Un problème est survenu dans le kiosque.',
  kioskNoAnswer: () => 'Le kiosque n’a pas répondu. Redémarrez-le si cela se reproduit.',
  noBridge: () => 'Cette page doit être ouverte par l’application du kiosque\u00a0; seule, elle ne peut pas joindre Intune.',
};

export const fr: Messages = {
  messages,
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
    label: 'Message du kiosque',
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
    removableTitle: 'Intune ne fait pas tourner les clés des lecteurs amovibles',
    removable:
      'Cette clé ouvre un lecteur amovible et reste valable\u00a0: la rotation d’Intune ne donne de nouvelles clés qu’aux lecteurs du PC lui-même. Signalez à votre administrateur informatique que la clé de ce lecteur a été vue.',
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
    forbiddenAtCounter:
      'Votre compte n’a pas le droit de faire cela dans Intune, donc le kiosque ne peut pas aider cette personne maintenant : envoyez-la au support de niveau 2, et demandez l’accès à un administrateur Intune.',
    forAdmin: 'Détails pour votre administrateur',
    retryingIn: (n) => `Le kiosque réessaie de lui-même dans ${n} ${plural(n, 'seconde', 'secondes')}.`,
    tryNow: 'Réessayer maintenant',
  },
};
