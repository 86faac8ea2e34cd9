// The German message catalog; typed as `Messages`, so a missing or extra string fails the type check.
import type { MessageParams, SecretKind, SignInMethod, SignInRefusalReason } from '../../../../electron/core/contract';
import type { MessageWords, Messages, RefusalWords } from './en';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

const ANOTHER_SIGN_IN = 'Bitten Sie Ihre IT-Administration, an diesem Kiosk eine andere Anmeldung anzubieten';

const refusals: Record<SignInRefusalReason, RefusalWords> = {
  consentMissing: {
    heading: 'Der Kiosk-App fehlt die Administratorzustimmung',
    what: 'Der App-Registrierung des Kiosks wurden ihre Intune-Berechtigungen nicht erteilt, daher lässt Entra ID niemanden bei ihr anmelden.',
    todo: () =>
      'Bitten Sie Ihre IT-Administration, in der App-Registrierung des Kiosks die Administratorzustimmung zu erteilen (API-Berechtigungen › Administratorzustimmung erteilen), und melden Sie sich dann erneut an.',
  },
  conditionalAccess: {
    heading: 'Eine Richtlinie für bedingten Zugriff blockiert diese Anmeldung',
    what: 'Ihre Organisation lässt dieses Konto auf diese Weise oder von hier aus nicht am Kiosk anmelden.',
    todo: () => 'Fragen Sie Ihre IT-Administration, welche Richtlinie greift (Entra Admin Center › Anmeldeprotokolle › Bedingter Zugriff).',
  },
  deviceCodeBlocked: {
    heading: 'Dieser Mandant blockiert die Anmeldung mit einem Code',
    what: 'Eine Richtlinie für bedingten Zugriff erlaubt keine Anmeldung mit einem Code, der auf einem anderen Gerät eingegeben wird.',
    todo: (next) =>
      next ? `Wählen Sie stattdessen „${next}“.` : `${ANOTHER_SIGN_IN} oder diese zu erlauben (Bedingter Zugriff › Bedingungen › Authentifizierungsflows).`,
  },
  securityDefaults: {
    heading: 'Die Sicherheitsstandards blockieren die Anmeldung mit einem Code',
    what: 'Die Sicherheitsstandards dieses Mandanten erlauben keine Anmeldung mit einem Code, der auf einem anderen Gerät eingegeben wird.',
    todo: (next) => (next ? `Wählen Sie stattdessen „${next}“.` : `${ANOTHER_SIGN_IN} (Entra Admin Center › Übersicht › Eigenschaften › Sicherheitsstandards).`),
  },
  deviceCodeRechecked: {
    heading: 'Die Anmeldung mit einem Code gilt nicht mehr',
    what: 'Ihre Organisation blockiert inzwischen Anmeldungen mit einem Code, daher hat Entra ID diese beendet.',
    todo: (next) => (next ? `Melden Sie sich erneut an, diesmal mit „${next}“.` : `${ANOTHER_SIGN_IN} (Bedingter Zugriff › Bedingungen › Authentifizierungsflows).`),
  },
  deviceNotCompliant: {
    heading: 'Dieses Konto darf sich nur an einem konformen Gerät anmelden',
    what: 'Ihre Organisation lässt dieses Konto nur an einem verwalteten, konformen Gerät anmelden, und diese Anmeldung konnte das nicht nachweisen.',
    todo: (next) =>
      next
        ? `Wählen Sie „${next}“: Damit meldet sich der Kiosk mit der Identität dieses PCs an.`
        : 'Bitten Sie Ihre IT-Administration um die Windows-eigene Anmeldung auf einem in Entra eingebundenen, konformen PC (Bedingter Zugriff › Gewähren › Markieren des Geräts als konform erforderlich).',
  },
  mfaRequired: {
    heading: 'Bestätigen Sie die Anmeldung mit einem zweiten Faktor',
    what: 'Ihre Organisation verlangt für diese Anmeldung einen zweiten Faktor (MFA).',
    todo: () => 'Melden Sie sich erneut an und bestätigen Sie die Anmeldung, wenn Sie gefragt werden, zum Beispiel in der Authenticator-App.',
  },
  mfaRegistration: {
    heading: 'Richten Sie zuerst einen zweiten Faktor ein',
    what: 'Ihre Organisation verlangt einen zweiten Faktor (MFA), und für Ihr Konto ist noch keiner eingerichtet.',
    todo: () => 'Öffnen Sie auf Ihrem eigenen Telefon oder Computer https://aka.ms/mfasetup, richten Sie dort einen ein und melden Sie sich dann erneut an.',
  },
  notAssigned: {
    heading: 'Ihr Konto ist dem Kiosk nicht zugewiesen',
    what: 'Nur Personen, die der App des Kiosks in Entra ID zugewiesen sind, dürfen sich anmelden.',
    todo: () => 'Bitten Sie Ihre IT-Administration, Sie zuzuweisen (Unternehmensanwendungen › App des Kiosks › Benutzer und Gruppen).',
  },
  sessionExpired: {
    heading: 'Ihre Organisation verlangt eine erneute Anmeldung',
    what: 'Anmeldungen an diesem Kiosk gelten nur eine festgelegte Zeit (Anmeldehäufigkeit), und diese ist abgelaufen.',
    todo: () => 'Melden Sie sich erneut an, um weiterzumachen.',
  },
  appNotFound: {
    heading: 'Die App-Registrierung des Kiosks wurde nicht gefunden',
    what: 'Dieser Mandant hat keine App-Registrierung mit der Client-ID aus der Konfigurationsdatei des Kiosks.',
    todo: () => 'Bitten Sie Ihre IT-Administration, „clientId“ und „tenantId“ in der Konfigurationsdatei mit der App-Registrierung abzugleichen (App-Registrierungen › Übersicht).',
  },
  publicClientOff: {
    heading: 'Die App-Registrierung des Kiosks erlaubt diese Anmeldung nicht',
    what: 'Die App-Registrierung muss öffentliche Clientflows zulassen, mit denen sich der Kiosk anmeldet.',
    todo: () => 'Bitten Sie Ihre IT-Administration, in der App-Registrierung des Kiosks Authentifizierung › Öffentliche Clientflows zulassen einzuschalten.',
  },
  tenantNotFound: {
    heading: 'Entra ID kennt diesen Mandanten nicht',
    what: 'Die Mandanten-ID in der Konfigurationsdatei des Kiosks gehört zu keinem Mandanten.',
    todo: () => 'Bitten Sie Ihre IT-Administration, „tenantId“ in der Konfigurationsdatei des Kiosks zu prüfen (Entra Admin Center › Übersicht › Mandanten-ID).',
  },
  redirectUriMissing: {
    heading: 'Der App-Registrierung des Kiosks fehlt eine Umleitungs-URI',
    what: 'Diese Anmeldung braucht eine Umleitungs-URI, die die App-Registrierung nicht enthält.',
    todo: () =>
      'Bitten Sie Ihre IT-Administration, die Umleitungs-URIs des Kiosks einzutragen (App-Registrierungen › Authentifizierung › Mobile Anwendungen und Desktopanwendungen; docs/entra-app-registration.md).',
  },
};

const kind = (k: SecretKind) => de.secrets.names[k];
const method = (m: SignInMethod) => de.auth.methods[m].name;
const canceled: Record<MessageParams<'signInCanceled'>['why'], string> = {
  technician: 'Die Anmeldung wurde abgebrochen.',
  declined: 'Die Anmeldung wurde abgebrochen oder abgelehnt.',
  replaced: 'Eine andere Anmeldung hat diese ersetzt.',
  windowClosed: 'Das Anmeldefenster wurde geschlossen.',
  closing: 'Der Kiosk wird geschlossen.',
  signedOut: 'Der Kiosk hat sich abgemeldet.',
};
const unreadable: Record<MessageParams<'unreadable'>['what'], string> = {
  answer: 'Intune hat eine Antwort gesendet, die der Kiosk nicht lesen kann.',
  device: 'Intune hat ein Gerät gesendet, das der Kiosk nicht lesen kann.',
  deviceList: 'Intune hat eine Geräteliste gesendet, die der Kiosk nicht lesen kann.',
  bitlockerList: 'Entra ID hat eine Liste von BitLocker-Schlüsseln gesendet, die der Kiosk nicht lesen kann.',
  bitlockerKey: 'Entra ID hat einen BitLocker-Wiederherstellungsschlüssel gesendet, den der Kiosk nicht lesen kann. Lesen Sie ihn im Entra Admin Center nach.',
  lapsPassword: 'Entra ID hat ein lokales Administratorkennwort gesendet, das der Kiosk nicht lesen kann.',
};
const notHeld: Record<SecretKind, string> = {
  bitlocker: 'Entra ID hat für dieses Gerät keinen BitLocker-Wiederherstellungsschlüssel mit dieser ID.',
  laps: 'Entra ID hat kein lokales Administratorkennwort für dieses Gerät: Windows LAPS hat keines gesichert.',
  androidPasscode: 'Intune hat keinen temporären Code für dieses Gerät. Intune bewahrt ihn nach dem Zurücksetzen des Codes 7 Tage lang auf.',
  activationLock:
    'Intune hat keinen Umgehungscode für die Aktivierungssperre dieses Geräts. Nur betreute Geräte mit eingeschalteter Aktivierungssperre haben einen.',
  fileVault: 'Intune hat keinen FileVault-Wiederherstellungsschlüssel für diesen Mac: Der Mac hat ihn nie in Intune gespeichert.',
};
const notKept: Record<MessageParams<'signInsNotKept'>['why'], string> = {
  noKeyring:
    'Dieser Computer hat keinen Schlüsselbund, der Anmeldungen schützt, daher behält der Kiosk sie nur im Arbeitsspeicher: Melden Sie sich nach jedem Neustart erneut an.',
  noKeychain:
    'Der Schlüsselbund dieses Computers steht dem Kiosk nicht zur Verfügung, daher behält er Anmeldungen nur im Arbeitsspeicher: Melden Sie sich nach jedem Neustart erneut an.',
  tenant: 'Anmeldungen gelten, bis der Kiosk geschlossen wird.',
};
const seconds = (n: number) => `${n} ${plural(n, 'Sekunde', 'Sekunden')}`;
const devices = (os: string | null) => (os ? `${os}-Geräte` : 'diese Art Gerät');

const messages: MessageWords = {
  invalidRequest: () => 'Der Kiosk konnte diese Anfrage nicht verwenden.',
  searchBlank: () => 'Scannen oder tippen Sie eine Seriennummer, einen Gerätenamen oder eine E-Mail-Adresse ein.',
  searchTooLong: () => 'Das ist zu lang für eine Seriennummer, einen Gerätenamen oder eine E-Mail-Adresse.',
  searchUnseen: () => 'Die Suche enthält unsichtbare Zeichen. Scannen oder tippen Sie sie erneut ein.',
  deviceIdInvalid: () => 'Das ist keine Intune-Geräte-ID.',
  keyIdInvalid: () => 'Das ist keine BitLocker-Wiederherstellungsschlüssel-ID.',
  keyIdMissing: () => 'Wählen Sie, welcher BitLocker-Wiederherstellungsschlüssel angezeigt werden soll.',
  keyIdNotBitLocker: () => 'Nur ein BitLocker-Wiederherstellungsschlüssel wird über seine ID ausgewählt.',
  rotationKindInvalid: () => 'Nur ein BitLocker- oder FileVault-Schlüssel kann rotiert werden.',
  reasonBlank: () => 'Wählen Sie einen Grund für diese Anzeige.',
  reasonTooLong: () => 'Der Grund ist zu lang: Verwenden Sie höchstens 120 Zeichen.',
  reasonUnseen: () => 'Der Grund enthält unsichtbare Zeichen.',
  devicesNone: () => 'Es wurde kein Gerät angegeben.',
  devicesTooMany: () => 'Es wurden zu viele Geräte auf einmal angefragt.',
  devicesRepeated: () => 'Ein Gerät wurde doppelt angegeben.',
  graphOffline: () => 'Der Kiosk erreicht Intune nicht.',
  graphTimeout: ({ seconds: n }) => `Intune hat nicht innerhalb von ${seconds(n)} geantwortet.`,
  graphBusy: ({ seconds: n }) =>
    n === null ? 'Intune ist mit zu vielen Anfragen ausgelastet.' : `Intune ist mit zu vielen Anfragen ausgelastet und bittet, ${seconds(n)} zu warten.`,
  kioskPacing: ({ seconds: n }) => `Der Kiosk pausiert ${seconds(n)}, um die Intune-Grenzwerte Ihrer Organisation einzuhalten.`,
  graphFailed: ({ status }) => (status >= 500 ? `Intune hat Probleme (Fehler ${status}).` : `Intune hat die Anfrage abgelehnt (Fehler ${status}).`),
  graphLinkOutside: () => 'Intune hat einen Link zu einer anderen Adresse gesendet; der Kiosk ist ihm nicht gefolgt.',
  unreadable: ({ what }) => unreadable[what],
  bitlockerGroupInvalid: ({ group }) =>
    `Entra ID hat einen BitLocker-Wiederherstellungsschlüssel gesendet, dessen Gruppe ${group} von 8 ungültig ist; der Wiederherstellungsbildschirm würde ihn ablehnen. Lesen Sie den Schlüssel im Entra Admin Center nach oder geben Sie den Fall an den Second-Level-Support weiter.`,
  intuneForbidden: ({ permissions }) =>
    `Ihr Konto darf das in Intune nicht. Es braucht die Rolle Help Desk Operator (oder „Managed devices: Read“ und zum Sperren „Remote tasks: Remote lock“), und der Kiosk die Administratorzustimmung für ${permissions.join(' und ')}.`,
  deviceGone: () => 'Dieses Gerät wurde aus Intune entfernt oder liegt außerhalb Ihres Intune-Bereichs.',
  differentDevice: () => 'Intune hat mit einem anderen Gerät geantwortet.',
  requestReplaced: () => 'Eine neuere Suche hat diese ersetzt.',
  pinNotHeld: () => 'Intune hat keine Entsperr-PIN für dieses Gerät.',
  pinOffline: () => 'Intune ist nicht erreichbar, und der Kiosk hat keine zwischengespeicherte PIN für dieses Gerät.',
  lockNotSaved: () => 'Intune ist nicht erreichbar, und der Kiosk hat die Sperre dieses Geräts nicht zwischengespeichert.',
  remoteLockOff: () => 'Die Fernsperre ist an diesem Kiosk ausgeschaltet.',
  remoteLockUnsupported: ({ os }) => `Intune kann ${devices(os)} nicht sperren. Es wurde nichts gesendet.`,
  alreadyLocked: ({ delivered }) =>
    `Dieser Mac hat bereits eine Fernsperre (${delivered ? 'gesperrt' : 'noch nicht zugestellt'}). Eine zweite Sperre schlägt auf dem Mac fehl, und die PIN, auf die er wartet, geht verloren.`,
  secretOff: ({ kind: k }) => `${kind(k)}: Die Anzeige ist an diesem Kiosk ausgeschaltet.`,
  secretNotForDevice: ({ kind: k, os }) => `${kind(k)}: Das gibt es für ${devices(os)} nicht.`,
  secretNotHeld: ({ kind: k }) => notHeld[k],
  secretOffline: ({ kind: k, keptOffline }) =>
    keptOffline
      ? `${kind(k)}: Intune ist nicht erreichbar, und der Kiosk hat für dieses Gerät keine zwischengespeicherte Kopie.`
      : `${kind(k)}: Intune ist nicht erreichbar, und der Kiosk speichert so etwas nie offline zwischen.`,
  secretForbidden: ({ kind: k, permission, roles }) =>
    `${kind(k)}: Ihr Konto darf dieses Geheimnis nicht lesen. Es braucht eine dieser Rollen: ${roles.join(', ')}; und der Kiosk braucht die Berechtigung ${permission} mit Administratorzustimmung.`,
  rotationOff: ({ kind: k }) => `${kind(k)}: Die Rotation ist an diesem Kiosk ausgeschaltet.`,
  rotationNotForDevice: ({ kind: k, os }) =>
    `${os ? `${os}-Geräte haben` : 'Diese Art Gerät hat'} keinen ${kind(k)}, der rotiert werden könnte. Es wurde nichts gesendet.`,
  rotationForbidden: ({ kind: k, permission, intunePermission }) =>
    `Ihr Konto darf den ${kind(k)} nicht rotieren. Es braucht eine Intune-Rolle mit „Remote tasks: ${intunePermission}“, und der Kiosk die Berechtigung ${permission} mit Administratorzustimmung.`,
  rotationRefused: ({ kind: k }) =>
    k === 'bitlocker'
      ? 'Intune rotiert BitLocker-Schlüssel nur auf Windows-PCs und hat diesen nicht rotiert.'
      : 'Intune rotiert einen FileVault-Schlüssel nur auf einem unternehmenseigenen Mac, den eine Intune-Richtlinie verschlüsselt hat, und hat diesen nicht rotiert.',
  reasonRequired: () => 'Wählen Sie zuerst einen Grund für diese Anzeige.',
  reasonNotListed: () => 'Wählen Sie einen der Gründe aus der Liste.',
  revealNotRecorded: () => 'Der Kiosk konnte diese Anzeige nicht im Audit-Protokoll festhalten, daher bleibt das Geheimnis verborgen.',
  notSignedIn: () => 'Niemand ist am Kiosk angemeldet.',
  signInEnded: () => 'Die Anmeldung ist beendet.',
  signInRefused: ({ reason, tryMethod }) => `${refusals[reason].what} ${refusals[reason].todo(tryMethod && method(tryMethod))}`,
  signInCanceled: ({ why }) => canceled[why],
  signInTimedOut: ({ method: m }) =>
    m === 'broker' ? 'Die Windows-Anmeldung wurde nicht rechtzeitig abgeschlossen.' : 'Niemand hat die Anmeldung rechtzeitig abgeschlossen.',
  deviceCodeExpired: () => 'Der Anmeldecode ist abgelaufen, bevor ihn jemand verwendet hat.',
  signInNotOffered: ({ offered }) => `Dieser Kiosk bietet diese Anmeldung nicht an. Wählen Sie „${method(offered)}“.`,
  signInPageFailed: ({ tryMethod }) =>
    `Dieser Computer konnte die Anmeldeseite nicht öffnen.${tryMethod ? ` Wählen Sie stattdessen „${method(tryMethod)}“.` : ''}`,
  signInServiceOffline: () => 'Der Kiosk erreicht den Anmeldedienst von Microsoft nicht.',
  signInUnfinished: ({ entraCode }) =>
    `Die Anmeldung wurde nicht abgeschlossen.${entraCode === null ? '' : ` Entra ID hat mit AADSTS${entraCode} geantwortet.`}`,
  demoNotNeeded: ({ tenant }) => `Der Kiosk arbeitet bereits für ${tenant}.`,
  noConfig: ({ path }) => `Kein Mandant ist eingerichtet: Die Konfigurationsdatei ${path} existiert nicht.`,
  demoDidNotStart: () => 'Der Demo-Mandant ist nicht gestartet. Schließen Sie den Kiosk und starten Sie ihn erneut.',
  cacheSetAside: () =>
    'Der Offline-Zwischenspeicher war nicht lesbar und wurde beiseitegelegt. Der Kiosk beginnt mit einem leeren Offline-Zwischenspeicher.',
  cacheKeychainAway: () =>
    'Der Schlüsselbund hat nicht geantwortet, daher war der Offline-Zwischenspeicher nicht lesbar. Er bleibt für den nächsten Start erhalten; bis dahin gelten Offline-Antworten nur für diese Sitzung.',
  signInKeychainAway: () =>
    'Der Schlüsselbund hat nicht geantwortet, daher war die gespeicherte Anmeldung nicht lesbar. Bis zum nächsten Start gelten Anmeldungen nur, bis der Kiosk geschlossen wird.',
  signInsNotKept: ({ why }) => notKept[why],
  internal: () => 'Im Kiosk ist ein Fehler aufgetreten.',
  kioskNoAnswer: () => 'Der Kiosk hat nicht geantwortet. Starten Sie ihn neu, wenn das wiederholt passiert.',
  noBridge: () => 'Diese Seite muss von der Kiosk-App geöffnet werden; allein erreicht sie Intune nicht.',
};

export const de: Messages = {
  messages,
  app: {
    name: 'Entsperr-PIN-Kiosk',
    demo: 'DEMO',
    demoTitle: 'Simulierter Mandant: keine echten Geräte',
    tenant: 'Mandant',
    version: (v) => `Version ${v}`,
  },
  language: {
    name: 'Deutsch',
    visitor: 'In der Sprache der Person:',
  },
  firstRun: {
    heading: 'Kein Mandant eingerichtet',
    what: 'Dieser Kiosk hat keine Konfigurationsdatei gefunden und weiß daher nicht, für welchen Intune-Mandanten er arbeitet.',
    where: 'Ihre IT-Administration legt die Konfigurationsdatei hier ab (die Bereitstellungsanleitung, docs/deploy.md §3, beschreibt ihre Felder):',
    demo: 'Die eingebaute Demo ausprobieren',
    demoNote: 'Die Demo zeigt erfundene Geräte. Nichts davon erreicht Intune.',
    starting: 'Die Demo wird gestartet …',
  },
  offline: {
    title: 'Offline',
    body: (since, ago) => `Intune antwortet seit ${since} nicht mehr (${ago}).`,
    advice:
      'Antworten kommen, soweit vorhanden, aus dem Offline-Zwischenspeicher und sind so gekennzeichnet. Prüfen Sie das Netzwerk des Kiosks.',
  },
  notice: {
    label: 'Nachricht des Kiosks',
    dismiss: 'Schließen',
  },
  auth: {
    heading: 'Anmelden, um Geräte zu suchen',
    intro: 'Melden Sie sich mit Ihrem Arbeitskonto an. Der Kiosk liest dann bis zum Schichtende für Sie aus Intune.',
    methods: {
      broker: {
        name: 'Mit Windows anmelden',
        hint: 'Windows Hello, ein Sicherheitsschlüssel oder die Anmeldung dieses PCs.',
        waiting: 'Schließen Sie die Anmeldung im Windows-Dialog ab.',
      },
      window: {
        name: 'Mit Ihrem Arbeitskonto anmelden',
        hint: 'Öffnet die Anmeldeseite von Microsoft in einem Fenster über dem Kiosk.',
        waiting: 'Schließen Sie die Anmeldung im Fenster über dem Kiosk ab.',
      },
      browser: {
        name: 'Im Browser anmelden',
        hint: 'Öffnet die Anmeldeseite auf diesem Computer.',
        waiting: 'Schließen Sie die Anmeldung im Browserfenster ab.',
      },
      deviceCode: {
        name: 'Mit einem Code anmelden',
        hint: 'Mit dem Telefon: QR-Code scannen oder die Adresse öffnen, dann den Code eingeben.',
        waiting: 'Ein Anmeldecode wird angefordert …',
      },
    },
    otherWays: 'Andere Anmeldewege',
    checking: 'Die Anmeldung wird geprüft …',
    codeHeading: 'Geben Sie diesen Code ein',
    codeSteps: (address) =>
      `Öffnen Sie auf dem Telefon oder einem anderen Computer ${address} (oder scannen Sie den QR-Code) und geben Sie den Code ein.`,
    expiresIn: (time) => `Der Code läuft in ${time} ab.`,
    qr: 'QR-Code der Anmeldeadresse',
    entraSays: 'Antwort von Entra ID (Englisch):',
    cancel: 'Anmeldung abbrechen',
    signedInAs: (name) => `Angemeldet: ${name}`,
    until: (time) => `bis ${time}`,
    signOut: 'Abmelden',
    failed: 'Die Anmeldung wurde nicht abgeschlossen',
    failedAdvice: {
      timeout: 'Niemand hat die Anmeldung rechtzeitig abgeschlossen. Wählen Sie unten eine Anmeldung, um neu zu beginnen.',
      offline: 'Der Kiosk erreicht den Anmeldedienst von Microsoft nicht. Prüfen Sie seine Netzwerkverbindung und melden Sie sich dann erneut an.',
      not_supported: 'Diese Anmeldung ist an diesem Kiosk nicht möglich. Wählen Sie unten eine andere.',
      other: 'Wählen Sie unten eine Anmeldung, um es erneut zu versuchen. Wenn es weiter fehlschlägt, starten Sie den Kiosk neu und informieren Sie Ihre IT-Administration.',
    },
    refusals,
    tryMethod: (name) => `„${name}“ versuchen`,
    entraCode: (code) => `Entra-ID-Code AADSTS${code}`,
    endedByEntra: (at) => `Entra ID hat die Anmeldung um ${at} beendet.`,
    notKept: 'Anmeldungen bleiben nach einem Neustart des Kiosks nicht erhalten.',
    lastSignOut: {
      technician: (at) => `Um ${at} abgemeldet.`,
      shiftEnded: (at) => `Die Schicht endete um ${at}. Melden Sie sich erneut an, um weiterzumachen.`,
      idle: (at) => `Um ${at} abgemeldet, weil niemand den Kiosk benutzt hat.`,
      sessionExpired: (at) => `Die Anmeldung ist um ${at} abgelaufen. Melden Sie sich erneut an, um weiterzumachen.`,
    },
  },
  search: {
    form: 'Gerätesuche',
    label: 'Seriennummer, Gerätename oder E-Mail',
    button: 'Suchen',
    blank: 'Scannen oder tippen Sie zuerst eine Seriennummer, einen Gerätenamen oder eine E-Mail-Adresse.',
  },
  idle: {
    region: 'So geht es los',
    lead: 'Seriennummer scannen oder eintippen',
    scan: 'Scannen Sie den Barcode auf dem Gerät oder seiner Verpackung,',
    type: 'oder tippen Sie die Seriennummer, den Gerätenamen oder die E-Mail-Adresse der Person ein und drücken Sie die Eingabetaste.',
    privacy: 'Mit Escape leeren Sie den Bildschirm jederzeit für die nächste Person.',
  },
  status: {
    searching: (q) => `Intune wird nach „${q}“ durchsucht …`,
    appleLabel: (q, serial) => `Apple-Etiketten stellen der Seriennummer ein S voran: „${q}“ ist die Seriennummer „${serial}“.`,
    loadingDevice: 'Das Gerät wird geladen …',
    matches: (n, q) => `${n} ${plural(n, 'Gerät passt', 'Geräte passen')} zu „${q}“. Wählen Sie das richtige aus.`,
    noMatch: (q) => `Kein Gerät passt zu „${q}“.`,
    incomplete: (q) => `Intune konnte die Suche nach „${q}“ nicht abschließen.`,
    showing: (name) => `${name} wird angezeigt.`,
    revealing: 'Die PIN wird abgerufen …',
    pinShown: 'Die Entsperr-PIN ist auf dem Bildschirm.',
    pinHidden: 'Die PIN wurde ausgeblendet.',
    pinTimedOut: (seconds) => `Die PIN wurde nach ${seconds} Sekunden ausgeblendet.`,
    revealingSecret: 'Wird abgerufen …',
    secretShown: (name) => `${name}: wird angezeigt.`,
    secretHidden: 'Das Geheimnis wurde ausgeblendet.',
    secretTimedOut: (seconds) => `Das Geheimnis wurde nach ${seconds} Sekunden ausgeblendet.`,
    error: 'Etwas ist schiefgegangen. Siehe unten.',
  },
  common: {
    newSearch: 'Neue Suche',
    backToMatches: 'Zurück zur Liste',
    tryAgain: 'Erneut versuchen',
    cancel: 'Abbrechen',
    done: 'Fertig – für die nächste Person leeren',
    hidingSoon: 'Wird gleich ausgeblendet: Drücken Sie „Länger anzeigen“, wenn die Person noch tippt.',
    unknownTime: 'zu unbekannter Zeit',
    justNow: 'gerade eben',
    never: 'nie',
    unknown: 'unbekannt',
    dash: '—',
  },
  matches: {
    heading: 'Passende Geräte',
    hint: 'Vergleichen Sie die Seriennummer mit der auf dem Gerät und wählen Sie es dann aus.',
    serial: 'Seriennr.',
    user: 'Person',
    unknownModel: 'Unbekanntes Modell',
    choose: 'Auswählen',
    devicesOf: 'Geräte von',
    checkingLock: 'Sperre wird geprüft …',
    lockNotChecked: 'Wird nach Auswahl angezeigt',
    lockUnknown: (why) => `Unbekannt – ${why}`,
    lockCached: (ago) => `Zwischengespeichert, ${ago}`,
    cannotLock: 'Intune kann es nicht sperren',
  },
  noMatch: {
    region: 'Kein Treffer',
    exactNamesOnly: 'Dieser Intune-Mandant kann nicht nach dem Anfang eines Gerätenamens suchen: Geben Sie den vollständigen Gerätenamen ein oder scannen Sie die Seriennummer.',
    advice:
      'Prüfen Sie leicht verwechselbare Zeichen (0 und O, 1 und I, 5 und S) oder suchen Sie stattdessen nach dem Gerätenamen oder der E-Mail-Adresse der Person.',
  },
  incomplete: {
    heading: 'Intune konnte diese Suche nicht abschließen',
    lead: 'Das Gerät kann in Intune vorhanden sein, auch wenn es hier nicht aufgeführt ist. Diese Teile der Suche hat Intune nicht beantwortet:',
    searched: {
      serial: (value) => `Seriennummer „${value}“`,
      name: (value) => `Gerätename „${value}“`,
      user: (value) => `E-Mail-Adresse „${value}“`,
    },
    reasons: {
      unfiltered: 'Intune hat den Filter übergangen und Geräte gesendet, die nicht passen; welche passen, kann der Kiosk daraus nicht erkennen.',
      tooManyPages: 'Intune hat mehr Seiten gesendet, als eine Suche abrufen darf.',
    },
    tryNext: {
      tooManyPages: 'Geben Sie mehr davon ein: die vollständige Seriennummer oder den vollständigen Gerätenamen.',
      serial: 'Suchen Sie stattdessen nach dem Gerätenamen oder der E-Mail-Adresse der Person.',
      name: 'Scannen oder tippen Sie stattdessen die vollständige Seriennummer.',
      user: 'Scannen oder tippen Sie stattdessen die Seriennummer oder den Gerätenamen.',
    },
  },
  device: {
    unnamed: 'Gerät ohne Namen',
    confirm: 'Prüfen Sie, ob die Seriennummer zum Gerät vor Ihnen passt.',
    model: 'Modell',
    system: 'System',
    serial: 'Seriennummer',
    user: 'Person',
    noUser: 'Keine primäre Person',
    lastCheckIn: 'Letzte Meldung',
    the: 'das Gerät',
  },
  source: {
    live: (ago) => `Von Intune, ${ago}.`,
    cachedTitle: 'Zwischengespeichertes Ergebnis',
    cached: (ago, at) => `von ${ago} (${at}). Intune war nicht erreichbar, daher kann es veraltet sein.`,
  },
  lock: {
    heading: 'Fernsperre',
    sent: 'Gesendet',
    lastUpdate: 'Letzte Änderung',
    others: 'Weitere Aktionen',
    otherAction: (name, state, when) => `${name} – ${state}, ${when}`,
    unnamedAction: 'Aktion ohne Namen',
    actionNames: {
      syncDevice: 'Synchronisierung',
      wipe: 'Zurücksetzen',
      retire: 'Außerbetriebnahme',
      rebootNow: 'Neustart',
      resetPasscode: 'Code zurücksetzen',
      locateDevice: 'Ortung',
      windowsDefenderScan: 'Defender-Scan',
      remoteLock: 'Fernsperre',
      rotateBitLockerKeys: 'BitLocker-Schlüsselrotation',
      rotateFileVaultKey: 'FileVault-Schlüsselrotation',
    },
    timeUnknown: 'Zeit unbekannt',
    notSent: { word: 'Nicht gesendet', guidance: 'An dieses Gerät wurde keine Fernsperre gesendet.' },
    states: {
      pending: {
        word: 'Ausstehend',
        guidance:
          'Intune hat die Sperre gesendet; das Gerät hat sich noch nicht gemeldet. Bitten Sie die Person, es mit dem WLAN zu verbinden.',
      },
      active: {
        word: 'Aktiv',
        guidance: 'Das Gerät wendet die Sperre gerade an. Warten Sie eine Minute und suchen Sie dann erneut.',
      },
      done: { word: 'Erledigt', guidance: 'Das Gerät hat die Sperre erhalten und ist gesperrt.' },
      failed: {
        word: 'Fehlgeschlagen',
        guidance:
          'Die Sperre wurde nicht abgeschlossen. Ein bereits gesperrter Mac lehnt eine zweite Sperre ab. Prüfen Sie das Gerät; ist es nicht gesperrt, bitten Sie eine Intune-Administration, die Sperre erneut zu senden.',
      },
      canceled: {
        word: 'Abgebrochen',
        guidance: 'Die Sperre wurde abgebrochen, bevor sie das Gerät erreichte; Intune hat es also nicht gesperrt.',
      },
      notSupported: { word: 'Nicht unterstützt', guidance: 'Dieses Gerät unterstützt keine Fernsperre durch Intune.' },
      none: {
        word: 'Ohne Status',
        guidance: 'Intune hat eine Sperre erfasst, aber noch keinen Fortschritt. Suchen Sie in ein paar Minuten erneut.',
      },
      unknown: {
        word: 'Unbekannt',
        guidance: 'Intune nennt einen Status, den dieser Kiosk nicht kennt. Prüfen Sie das Gerät im Intune Admin Center.',
      },
    },
    outcomes: {
      locked: { word: 'Gesperrt', guidance: 'Das Gerät hat die Sperre erhalten und ist gesperrt.' },
      pinGone: {
        word: 'Gesperrt – keine PIN von Intune',
        guidance:
          'Der Mac hat die Sperre erhalten, aber Intune liefert seine Entsperr-PIN nicht mehr. Sperren Sie ihn nicht erneut (das schlägt ebenfalls fehl): Geben Sie ihn an Ihre Mac-Administration weiter.',
      },
      locking: { word: 'Wird gesperrt', guidance: 'Das Gerät wendet die Sperre gerade an. Warten Sie eine Minute und prüfen Sie dann erneut.' },
      waiting: {
        word: 'Wartet, bis das Gerät online ist',
        guidance:
          'Intune hat die Sperre gesendet; das Gerät hat sich noch nicht gemeldet. Bitten Sie die Person, es mit dem WLAN zu verbinden, und prüfen Sie dann erneut.',
      },
      canceled: {
        word: 'Abgebrochen – nicht gesperrt',
        guidance: 'Die Sperre wurde abgebrochen, bevor sie das Gerät erreichte; Intune hat es also nicht gesperrt, und es gibt keine PIN.',
      },
      failed: {
        word: 'Fehlgeschlagen',
        guidance:
          'Die Sperre wurde nicht abgeschlossen. Ein bereits gesperrter Mac lehnt eine zweite Sperre ab. Prüfen Sie das Gerät; ist es nicht gesperrt, senden Sie die Sperre erneut.',
      },
      notSupported: { word: 'Nicht unterstützt', guidance: 'Dieses Gerät unterstützt keine Fernsperre durch Intune.' },
      unknown: {
        word: 'Unbekannt',
        guidance: 'Intune nennt einen Status, den dieser Kiosk nicht kennt. Prüfen Sie das Gerät im Intune Admin Center.',
      },
    },
    noProgressWord: (days) => `Kein Fortschritt nach ${days} ${plural(days, 'Tag', 'Tagen')}`,
    noProgressGuidance: (days) =>
      `Intune hat die Sperre vor ${days} ${plural(days, 'Tag', 'Tagen')} gesendet, und das Gerät hat sie nicht übernommen: Es ist vielleicht ausgeschaltet, offline oder nicht mehr registriert. Prüfen Sie es im Intune Admin Center.`,
    failedNoKioskLock: 'Ist es nicht gesperrt, bitten Sie eine Intune-Administration, die Sperre erneut zu senden.',
    checkAgain: 'Erneut prüfen',
    checking: 'Wird geprüft …',
    checkFailed: (message) => `Erneute Prüfung nicht möglich: ${message}`,
    laterAction: (action, ago) =>
      `Nach dieser Sperre wurde ${ago} eine weitere Aktion gesendet (${action}). Jede Aktion nach einer Sperre ersetzt die PIN des Mac; die PIN in Intune ist dann vielleicht nicht die, die der Mac verlangt.`,
    noRemoteLock: (os) =>
      `Fernsperre: Intune kann ${os ? `${os}-Geräte` : 'diese Art Gerät'} nicht sperren, hier gibt es also nichts zu entsperren.`,
    ownPasscodeHeading: 'Nächster Schritt',
    ownPasscode: 'Bitten Sie die Person, das Gerät mit seinem eigenen Gerätecode zu entsperren.',
  },
  remoteLock: {
    heading: 'Fernsperre senden',
    button: 'Gerät sperren …',
    confirmQuestion: (name) => `Eine Fernsperre an ${name} senden?`,
    confirmDetail:
      'Das Gerät sperrt sich, sobald es sich das nächste Mal bei Intune meldet. Ein Mac verlangt dann die Entsperr-PIN; iPhone, iPad und Android-Geräte verlangen ihren eigenen Gerätecode.',
    confirm: 'Sperre senden',
    sending: 'Die Sperre wird gesendet …',
    waiting: 'Sperre gesendet – der Kiosk wartet, bis sich das Gerät meldet',
    lastChecked: (time) => `Der Kiosk hat zuletzt um ${time} bei Intune nachgefragt.`,
    settled: 'Das Gerät hat sich gemeldet.',
    settledWithPin: 'Das Gerät hat sich gemeldet. Seine Entsperr-PIN kann jetzt angezeigt werden.',
    gaveUp:
      'Das Gerät hat sich noch nicht gemeldet; der Kiosk wartet nicht mehr. Suchen Sie später erneut, um den Status zu sehen.',
    alreadyLockedTitle: 'Dieser Mac hat bereits eine Fernsperre',
    alreadyLockedWhy:
      'Eine weitere Sperre schlägt auf dem Mac fehl, und die PIN, auf die er wartet, geht verloren. Verwenden Sie stattdessen die vorhandene PIN.',
    revealExisting: 'Vorhandene PIN anzeigen',
    lockAgain: 'Trotzdem erneut sperren',
    notSupportedTitle: 'Dieses Gerät kann vom Kiosk nicht gesperrt werden',
    failedTitle: 'Die Sperre konnte nicht gesendet werden',
  },
  pin: {
    heading: 'Entsperr-PIN',
    reveal: 'PIN anzeigen',
    revealing: 'Wird abgerufen …',
    checkFirst: 'Prüfen Sie, ob es das Gerät dieser Person ist.',
    lastRevealYou: (ago) => `Zuletzt angezeigt ${ago}, von Ihnen.`,
    lastRevealOther: (ago, who) => `Zuletzt angezeigt ${ago}, von ${who}.`,
    hide: 'PIN ausblenden',
    readAloud: 'Vorlesen',
    digits: (spaced) => `Ziffern: ${spaced}`,
    typeIt: 'Geben Sie sie auf dem Sperrbildschirm des Mac ein.',
    issued: (ago, at) => `PIN ausgestellt ${ago} · ${at}`,
    stale: (days, reliableDays) =>
      `Diese PIN ist ${days} Tage alt. Intune hat sie vielleicht nicht mehr: PINs waren schon nach etwa ${reliableDays} Tagen verschwunden, und jede spätere Aktion an den Mac ersetzt sie.`,
    staleAdvice:
      'Lehnt der Mac sie ab, sperren Sie ihn nicht erneut (auch das schlägt fehl). Prüfen Sie die Geräteaktionen im Intune Admin Center und geben Sie den Mac an Ihre Mac-Administration: Ohne PIN hilft nur Apple, mit Kaufnachweis.',
    hidesIn: (seconds) => `Wird in ${seconds} s ausgeblendet`,
    noPinMac: (documentedDays, reliableDays) =>
      `Zu dieser Sperre gibt es in Intune keine Entsperr-PIN. Intune nennt ${documentedDays} Tage, doch die PIN eines Mac war schon nach etwa ${reliableDays} verschwunden, und jede spätere Aktion an den Mac ersetzt sie.`,
    noPinOther:
      'Diese Sperre hat keine Entsperr-PIN. iPhone, iPad und Android verwenden ihren eigenen Gerätecode: Bitten Sie die Person, ihn einzugeben.',
    noCopy: 'Kopieren ist ausgeschaltet: Lesen Sie die PIN vom Bildschirm ab.',
  },
  reason: {
    label: 'Grund für die Anzeige',
    optional: '(freiwillig)',
    choose: 'Grund wählen …',
    placeholder: 'Warum die Person es braucht',
    missing: 'Wählen Sie zuerst einen Grund: Das Audit-Protokoll hält ihn mit der Anzeige fest.',
  },
  secrets: {
    heading: 'Weitere Geheimnisse',
    others: 'Weitere Geheimnisse für dieses Gerät',
    names: {
      bitlocker: 'BitLocker-Wiederherstellungsschlüssel',
      laps: 'Lokales Administratorkennwort (LAPS)',
      androidPasscode: 'Temporärer Code',
      activationLock: 'Umgehungscode für die Aktivierungssperre',
      fileVault: 'FileVault-Wiederherstellungsschlüssel',
    },
    reveal: {
      bitlocker: 'Diesen Schlüssel anzeigen',
      laps: 'Kennwort anzeigen',
      androidPasscode: 'Code anzeigen',
      activationLock: 'Umgehungscode anzeigen',
      fileVault: 'Schlüssel bei Intune abfragen',
    },
    fileVaultAsk: 'Hat Intune den FileVault-Schlüssel dieses Mac? Das zeigt erst die Abfrage.',
    notHeld: {
      bitlocker: 'Entra ID hat keinen BitLocker-Schlüssel mit dieser ID',
      laps: 'Für diesen PC ist kein LAPS-Kennwort gesichert',
      androidPasscode: 'Intune hat keinen Code für dieses Telefon',
      activationLock: 'Intune hat keinen Umgehungscode für dieses Gerät',
      fileVault: 'Intune hat keinen FileVault-Schlüssel für diesen Mac',
    },
    escalate: 'Schicken Sie die Person zum Second-Level-Support.',
    nothingHeading: 'Nichts anzuzeigen',
    nothing: 'Intune hat für dieses Gerät keine PIN, keinen Schlüssel und kein Kennwort, das der Kiosk zeigen darf.',
    nothingNext: 'Kommt die Person trotzdem nicht hinein, schicken Sie sie zum Second-Level-Support.',
    use: {
      bitlocker: 'Geben Sie die 48 Ziffern Gruppe für Gruppe auf dem blauen BitLocker-Wiederherstellungsbildschirm ein.',
      laps: 'Melden Sie sich mit diesem Kennwort als lokaler Administrator bei Windows an. Windows LAPS ändert es nach der Verwendung.',
      androidPasscode: 'Die Person entsperrt das Telefon mit diesem Code und legt dann einen neuen fest.',
      activationLock: 'Lassen Sie auf dem Bildschirm der Aktivierungssperre den Apple Account leer und geben Sie diesen Code als Passwort ein.',
      fileVault: 'Wählen Sie am Anmeldebildschirm des Mac das Zurücksetzen mit dem Wiederherstellungsschlüssel und geben Sie diesen Schlüssel ein.',
    },
    stored: (ago, at) => `Gespeichert ${ago} · ${at}`,
    backedUp: (ago, at) => `Gesichert ${ago} · ${at}`,
    passcodeReset: (ago, at) => `Code zurückgesetzt ${ago} · ${at}`,
    problem: 'Der Kiosk konnte das nicht prüfen:',
    keyIdLabel: 'Wiederherstellungsschlüssel-ID, erste Zeichen',
    keyIdHint: 'Der Wiederherstellungsbildschirm zeigt sie als „Wiederherstellungsschlüssel-ID: 1A2B3C4D…“. Geben Sie mindestens die ersten 4 Zeichen ein.',
    matching: (n) => (n === 1 ? 'Der Schlüssel mit dieser ID:' : `${n} Schlüssel beginnen mit diesen Zeichen:`),
    noMatch: (typed) => `Kein Wiederherstellungsschlüssel dieses Geräts beginnt mit „${typed}“. Prüfen Sie die ID auf dem Bildschirm; das Gerät hat diese Schlüssel:`,
    showAll: (n) => `Alle ${n} Schlüssel zeigen`,
    keyCount: (n) => `${n} ${plural(n, 'Wiederherstellungsschlüssel', 'Wiederherstellungsschlüssel')} in Entra ID gesichert.`,
    volume: {
      operatingSystemVolume: 'Windows-Laufwerk',
      fixedDataVolume: 'Datenlaufwerk',
      removableDataVolume: 'Wechseldatenträger',
      unknown: 'Laufwerk unbekannter Art',
    },
    created: (ago) => `erstellt ${ago}`,
    newest: 'neuester',
    keyId: (id) => `Wiederherstellungsschlüssel-ID ${id}`,
    group: (n) => `Gruppe ${n}`,
    account: (name) => `Konto: ${name}`,
    legend: (parts) => (parts.length === 0 ? '' : `${parts.join(', ')}.`),
    marks: { digit: 'Ziffern sind blau', symbol: 'Sonderzeichen sind gelb', upper: 'Großbuchstaben sind unterstrichen' },
    noSpaces: 'Geben Sie die Leerzeichen nicht ein: Die Lücken dienen nur dem leichteren Lesen.',
    hyphens: {
      bitlocker: 'Geben Sie nur die Ziffern ein: Der Wiederherstellungsbildschirm setzt die Bindestriche selbst.',
      laps: 'Das Kennwort hat keine Trennzeichen: Jedes angezeigte Zeichen wird eingegeben, auch ein Bindestrich.',
      androidPasscode: 'Geben Sie nur die Ziffern ein.',
      activationLock: 'Geben Sie ihn genau wie angezeigt, mit den Bindestrichen, in das Passwortfeld ein.',
      fileVault: 'Geben Sie die Buchstaben und Ziffern ein: Der Mac setzt die Bindestriche beim Tippen. Erscheint keiner, geben Sie ihn ein.',
    },
    lapsOtherUser: 'Wählen Sie auf dem Windows-Anmeldebildschirm „Anderer Benutzer“ und geben Sie diesen Benutzernamen ein:',
    lapsUser: (account) => `.\\${account}`,
    lapsEye: 'Halten Sie vor der Eingabetaste die Augen-Schaltfläche am Ende des Kennwortfelds gedrückt, um die Eingabe zu prüfen.',
    keyIdAsk: 'Zeigt der blaue Bildschirm',
    keyIdAskEnd: '?',
    keyIdWrong: 'Falls nicht, blenden Sie diesen Schlüssel aus und wählen Sie den Schlüssel mit der ID auf dem Bildschirm.',
    fKeys: 'Erscheinen keine Ziffern? Auf einer Tastatur, deren Zahlenreihe die Umschalttaste braucht, nehmen Sie F1–F9 für 1–9 und F10 für 0.',
    stepThrough: 'Eine Gruppe nach der anderen',
    allGroups: 'Alle 8 Gruppen zeigen',
    groupOf: (n, total) => `Gruppe ${n} von ${total}`,
    nextGroup: 'Nächste Gruppe',
    previousGroup: 'Vorherige Gruppe',
    arrowKeys: 'Mit den Pfeiltasten nach links und rechts blättern Sie ebenfalls.',
    lastGroup: 'Das ist die letzte Gruppe: Die Person drückt auf dem Wiederherstellungsbildschirm die Eingabetaste.',
    spell: 'Buchstabieren',
    unspell: 'Buchstabierung ausblenden',
    spelled: 'Buchstabiert',
    readAloud: 'Vorlesen',
    hide: 'Ausblenden',
    keep: 'Länger anzeigen',
    noCopy: 'Kopieren ist ausgeschaltet: Lesen Sie es vom Bildschirm ab.',
    cached: (ago) => `Aus dem Offline-Zwischenspeicher, ${ago}`,
    hidesIn: (seconds) => `Wird in ${seconds} s ausgeblendet`,
    characters: (spelled) => `Zeichen: ${spelled}`,
    upper: (c) => `großes ${c}`,
    lower: (c) => `kleines ${c}`,
    digit: (word) => `Ziffer ${word}`,
    digits: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
    symbol: (c) => `Zeichen ${c}`,
    symbols: {
      '-': 'Bindestrich',
      _: 'Unterstrich',
      '.': 'Punkt',
      ',': 'Komma',
      '#': 'Raute',
      $: 'Dollarzeichen',
      '%': 'Prozentzeichen',
      '&': 'Und-Zeichen',
      '@': 'At-Zeichen',
      '!': 'Ausrufezeichen',
      '?': 'Fragezeichen',
      '*': 'Sternchen',
      '+': 'Plus',
      '=': 'Gleichheitszeichen',
      '/': 'Schrägstrich',
      '\\': 'umgekehrter Schrägstrich',
      ':': 'Doppelpunkt',
      ';': 'Semikolon',
      '(': 'runde Klammer auf',
      ')': 'runde Klammer zu',
      '[': 'eckige Klammer auf',
      ']': 'eckige Klammer zu',
      '{': 'geschweifte Klammer auf',
      '}': 'geschweifte Klammer zu',
      '<': 'Kleiner-als-Zeichen',
      '>': 'Größer-als-Zeichen',
      '^': 'Zirkumflex',
      '~': 'Tilde',
      "'": 'Apostroph',
      '"': 'Anführungszeichen',
      '`': 'Gravis',
      '|': 'senkrechter Strich',
      ' ': 'Leerzeichen',
    },
  },
  rotation: {
    why: 'Dieser Schlüssel wurde jetzt angezeigt. Lassen Sie ihn von Intune ersetzen, sobald die Person wieder Zugang hat.',
    offer: 'Diesen Schlüssel rotieren …',
    confirmQuestion: {
      bitlocker: 'Die BitLocker-Wiederherstellungsschlüssel dieses PCs von Intune rotieren lassen?',
      fileVault: 'Den FileVault-Wiederherstellungsschlüssel dieses Mac von Intune rotieren lassen?',
    },
    confirmDetail:
      'Intune fordert beim Gerät einen neuen Schlüssel an. Sobald sich das Gerät das nächste Mal meldet, funktioniert der angezeigte Schlüssel nicht mehr: Rotieren Sie ihn erst, wenn die Person wieder Zugang hat.',
    replacesPin:
      'Intune zeigt die Entsperr-PIN dieses Mac nur, bis eine weitere Aktion gesendet wird; diese Rotation ersetzt sie also. Verwenden Sie zuerst die PIN.',
    confirm: 'Schlüssel rotieren',
    sending: 'Intune wird gebeten, den Schlüssel zu rotieren …',
    sentTitle: 'Intune hat beim Gerät einen neuen Schlüssel angefordert',
    sent: 'Das wird wirksam, sobald sich das Gerät das nächste Mal meldet. Ab dann funktioniert der angezeigte Schlüssel nicht mehr.',
    failedTitle: 'Die Rotation konnte nicht gesendet werden',
    refusedTitle: 'Intune rotiert diesen Schlüssel nicht',
    refused: 'Es wurde nichts gesendet. Bitten Sie Ihre IT-Administration, den Schlüssel in Intune zu rotieren.',
    forbidden:
      'Ihr Konto darf in Intune keine Schlüssel rotieren. Bitten Sie Ihre IT-Administration, diesen Schlüssel zu rotieren und Ihnen den Zugriff dafür zu geben.',
    reminderTitle: 'Dieser Schlüssel wurde jetzt angezeigt',
    reminder: 'Bitten Sie Ihre IT-Administration, ihn in Intune rotieren zu lassen.',
    removableTitle: 'Intune rotiert keine Schlüssel von Wechseldatenträgern',
    removable:
      'Dieser Schlüssel öffnet einen Wechseldatenträger und bleibt gültig: Eine Rotation in Intune gibt nur den Laufwerken des PCs selbst neue Schlüssel. Sagen Sie Ihrer IT-Administration, dass der Schlüssel dieses Laufwerks angezeigt wurde.',
  },
  errors: {
    heading: {
      invalid_request: 'Diese Suche ist nicht verwendbar',
      config_error: 'Der Kiosk ist nicht eingerichtet',
      not_signed_in: 'Anmeldung nötig',
      consent_required: 'Anmeldung nötig',
      forbidden: 'Nicht erlaubt',
      not_found: 'Gerät nicht gefunden',
      not_supported: 'Für dieses Gerät nicht möglich',
      already_locked: 'Dieser Mac ist bereits gesperrt',
      throttled: 'Intune ist ausgelastet',
      offline: 'Intune ist nicht erreichbar',
      timeout: 'Intune ist nicht erreichbar',
      graph_error: 'Intune hat mit einem Fehler geantwortet',
      canceled: 'Die Anfrage wurde abgebrochen',
      internal: 'Im Kiosk ist ein Fehler aufgetreten',
    },
    advice: {
      invalid_request: 'Prüfen Sie, was getippt oder gescannt wurde, und suchen Sie erneut.',
      config_error: 'Bitten Sie Ihre IT-Administration, die Konfigurationsdatei des Kiosks zu prüfen.',
      not_signed_in:
        'Melden Sie den Kiosk mit einem Arbeitskonto an, das Intune-Geräte lesen darf, und drücken Sie dann „Erneut versuchen“.',
      consent_required:
        'Melden Sie den Kiosk mit einem Arbeitskonto an, das Intune-Geräte lesen darf, und drücken Sie dann „Erneut versuchen“.',
      forbidden: 'Bitten Sie eine Intune-Administration um Zugriff oder schicken Sie die Person zum Second-Level-Support.',
      not_found:
        'Das Gerät wurde womöglich aus Intune entfernt oder liegt außerhalb Ihres Bereichs. Starten Sie eine neue Suche.',
      not_supported: 'An das Gerät wurde nichts gesendet. Starten Sie eine neue Suche oder lösen Sie es auf anderem Weg.',
      already_locked: 'Zeigen Sie die PIN der bereits gesendeten Sperre an, statt erneut zu sperren.',
      throttled: 'Warten Sie eine Minute und drücken Sie dann „Erneut versuchen“.',
      offline: 'Prüfen Sie die Netzwerkverbindung des Kiosks und drücken Sie dann „Erneut versuchen“.',
      timeout: 'Prüfen Sie die Netzwerkverbindung des Kiosks und drücken Sie dann „Erneut versuchen“.',
      graph_error:
        'Drücken Sie „Erneut versuchen“. Scheitert es weiter, hat Intune womöglich Probleme; prüfen Sie den Dienststatus von Microsoft 365.',
      canceled: 'Drücken Sie „Erneut versuchen“ oder starten Sie eine neue Suche.',
      internal:
        'Drücken Sie „Erneut versuchen“. Scheitert es weiter, starten Sie den Kiosk neu und informieren Sie Ihre IT-Administration.',
    },
    waitSeconds: (n) => `Warten Sie ${n} ${plural(n, 'Sekunde', 'Sekunden')} und drücken Sie dann „Erneut versuchen“.`,
    whatToDo: 'Was tun:',
    forbiddenAtCounter: 'Ihr Konto darf das in Intune nicht, daher kann der Kiosk dieser Person jetzt nicht helfen: Schicken Sie sie zum Second-Level-Support und bitten Sie eine Intune-Administration um Zugriff.',
    forAdmin: 'Details für Ihre Intune-Administration',
    retryingIn: (n) => `Der Kiosk versucht es in ${n} ${plural(n, 'Sekunde', 'Sekunden')} von selbst erneut.`,
    tryNow: 'Jetzt erneut versuchen',
  },
};
