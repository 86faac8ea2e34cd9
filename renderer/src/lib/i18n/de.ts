// The German message catalog; typed as `Messages`, so a missing or extra string fails the type check.
import type { Messages } from './en';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const de: Messages = {
  app: {
    name: 'Entsperr-PIN-Kiosk',
    demo: 'DEMO',
    demoTitle: 'Simulierter Mandant: keine echten Geräte',
    tenant: 'Mandant',
    version: (v) => `Version ${v}`,
  },
  offline: {
    title: 'Offline',
    body: (since, ago) => `Intune antwortet seit ${since} nicht mehr (${ago}).`,
    advice:
      'Antworten kommen, soweit vorhanden, aus dem Offline-Zwischenspeicher und sind so gekennzeichnet. Prüfen Sie das Netzwerk des Kiosks.',
  },
  notice: {
    label: 'Meldung des Kiosks (Englisch)',
    dismiss: 'Schließen',
  },
  auth: {
    heading: 'Anmelden, um Geräte zu suchen',
    intro: 'Melden Sie sich mit Ihrem Arbeitskonto an. Der Kiosk liest dann bis zum Schichtende für Sie aus Intune.',
    browser: 'Im Browser anmelden',
    browserHint: 'Öffnet die Anmeldeseite auf diesem Computer.',
    deviceCode: 'Mit einem Code anmelden',
    deviceCodeHint: 'Mit dem Telefon: QR-Code scannen oder die Adresse öffnen, dann den Code eingeben.',
    checking: 'Die Anmeldung wird geprüft …',
    waitingBrowser: 'Schließen Sie die Anmeldung im Browserfenster ab.',
    waitingCode: 'Ein Anmeldecode wird angefordert …',
    codeHeading: 'Geben Sie diesen Code ein',
    codeSteps: (address) =>
      `Öffnen Sie auf dem Telefon oder einem anderen Computer ${address} (oder scannen Sie den QR-Code) und geben Sie den Code ein.`,
    expiresIn: (time) => `Der Code läuft in ${time} ab.`,
    qr: 'QR-Code der Anmeldeadresse',
    entraSays: 'Microsoft Entra ID meldet (Englisch):',
    cancel: 'Anmeldung abbrechen',
    signedInAs: (name) => `Angemeldet: ${name}`,
    until: (time) => `bis ${time}`,
    signOut: 'Abmelden',
    failed: 'Die Anmeldung wurde nicht abgeschlossen',
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
    appleLabel: (q, serial) =>
      `Zu „${q}“ passt nichts. Apple-Etiketten stellen der Seriennummer ein S voran, daher wurde nach „${serial}“ gesucht.`,
    loadingDevice: 'Das Gerät wird geladen …',
    matches: (n, q) => `${n} Geräte passen zu „${q}“. Wählen Sie das richtige aus.`,
    noMatch: (q) => `Kein Gerät passt zu „${q}“.`,
    showing: (name) => `${name} wird angezeigt.`,
    revealing: 'Die PIN wird abgerufen …',
    pinShown: 'Die Entsperr-PIN ist auf dem Bildschirm.',
    pinHidden: 'Die PIN wurde ausgeblendet.',
    pinTimedOut: (seconds) => `Die PIN wurde nach ${seconds} Sekunden ausgeblendet.`,
    error: 'Etwas ist schiefgegangen. Siehe unten.',
  },
  common: {
    newSearch: 'Neue Suche',
    backToMatches: 'Zurück zur Liste',
    tryAgain: 'Erneut versuchen',
    cancel: 'Abbrechen',
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
  },
  noMatch: {
    region: 'Kein Treffer',
    exactNamesOnly: 'Dieser Intune-Mandant kann nicht nach dem Anfang eines Gerätenamens suchen: Geben Sie den vollständigen Gerätenamen ein oder scannen Sie die Seriennummer.',
    advice:
      'Prüfen Sie leicht verwechselbare Zeichen (0 und O, 1 und I, 5 und S) oder suchen Sie stattdessen nach dem Gerätenamen oder der E-Mail-Adresse der Person.',
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
    otherAction: (name, state, when) => `${name} — ${state}, ${when}`,
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
        guidance: 'Intune meldet einen Status, den dieser Kiosk nicht kennt. Prüfen Sie das Gerät im Intune Admin Center.',
      },
    },
  },
  remoteLock: {
    heading: 'Fernsperre senden',
    button: 'Gerät sperren …',
    unavailable: (os) => (os ? `Intune kann ${os}-Geräte nicht fernsperren.` : 'Intune kann diese Art Gerät nicht fernsperren.'),
    confirmQuestion: (name) => `Eine Fernsperre an ${name} senden?`,
    confirmDetail:
      'Das Gerät sperrt sich, sobald es sich das nächste Mal bei Intune meldet. Ein Mac verlangt dann die Entsperr-PIN; iPhone, iPad und Android-Geräte verlangen ihren eigenen Code.',
    confirm: 'Sperre senden',
    sending: 'Die Sperre wird gesendet …',
    waiting: 'Sperre gesendet – warte, bis sich das Gerät meldet',
    lastChecked: (time) => `Zuletzt bei Intune nachgefragt um ${time}.`,
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
    checkFirst: 'Prüfen Sie zuerst, ob es das Gerät dieser Person ist.',
    lastRevealYou: (ago) => `Zuletzt angezeigt ${ago}, von Ihnen.`,
    lastRevealOther: (ago, who) => `Zuletzt angezeigt ${ago}, von ${who}.`,
    hide: 'PIN ausblenden',
    keep: 'Länger anzeigen',
    readAloud: 'Vorlesen',
    digits: (spaced) => `Ziffern: ${spaced}`,
    typeIt: 'Geben Sie sie auf dem Sperrbildschirm des Mac ein.',
    issued: (ago, at) => `PIN ausgestellt ${ago} · ${at}`,
    stale: (days) =>
      `Diese PIN ist ${days} Tage alt. Intune hat sie vielleicht nicht mehr: PINs waren schon nach etwa 7 Tagen verschwunden, und jede spätere Aktion an den Mac ersetzt sie.`,
    staleAdvice:
      'Lehnt der Mac sie ab, sperren Sie ihn nicht erneut (auch das schlägt fehl). Prüfen Sie die Geräteaktionen im Intune Admin Center und geben Sie den Mac an Ihre Mac-Administration: Ohne PIN hilft nur Apple, mit Kaufnachweis.',
    cached: (ago) => `Aus dem Offline-Zwischenspeicher, ${ago}`,
    hidesIn: (seconds) => `Wird in ${seconds} s ausgeblendet`,
    noPinMac:
      'Zu dieser Sperre gibt es in Intune keine Entsperr-PIN. Intune nennt 30 Tage, doch die PIN eines Mac war schon nach etwa 7 verschwunden, und jede spätere Aktion an den Mac ersetzt sie.',
    noPinOther:
      'Diese Sperre hat keine Entsperr-PIN. iPhone, iPad und Android verwenden ihren eigenen Gerätecode: Bitten Sie die Person, ihn einzugeben.',
    noCopy: 'Kopieren ist ausgeschaltet: Lesen Sie die PIN vom Bildschirm ab.',
  },
  errors: {
    heading: {
      invalid_request: 'Diese Suche ist nicht verwendbar',
      config_error: 'Der Kiosk ist nicht eingerichtet',
      not_signed_in: 'Anmeldung nötig',
      consent_required: 'Anmeldung nötig',
      forbidden: 'Nicht erlaubt',
      not_found: 'Gerät nicht gefunden',
      too_many_matches: 'Zu viele Geräte passen',
      not_supported: 'Für dieses Gerät nicht möglich',
      already_locked: 'Dieser Mac ist bereits gesperrt',
      throttled: 'Intune ist ausgelastet',
      offline: 'Intune ist nicht erreichbar',
      timeout: 'Intune ist nicht erreichbar',
      graph_error: 'Intune hat mit einem Fehler geantwortet',
      cancelled: 'Die Anfrage wurde abgebrochen',
      internal: 'Im Kiosk ist ein Fehler aufgetreten',
    },
    advice: {
      invalid_request: 'Prüfen Sie, was getippt oder gescannt wurde, und suchen Sie erneut.',
      config_error: 'Bitten Sie die Kiosk-Administration, die Einstellungen zu prüfen.',
      not_signed_in:
        'Melden Sie den Kiosk mit einem Arbeitskonto an, das Intune-Geräte lesen darf, und drücken Sie dann „Erneut versuchen“.',
      consent_required:
        'Melden Sie den Kiosk mit einem Arbeitskonto an, das Intune-Geräte lesen darf, und drücken Sie dann „Erneut versuchen“.',
      forbidden: 'Bitten Sie eine Intune-Administration um Zugriff oder schicken Sie die Person zum Second-Level-Support.',
      not_found:
        'Das Gerät wurde womöglich aus Intune entfernt oder liegt außerhalb Ihres Bereichs. Starten Sie eine neue Suche.',
      too_many_matches:
        'Scannen oder tippen Sie die vollständige Seriennummer oder suchen Sie nach dem vollständigen Gerätenamen oder der E-Mail-Adresse.',
      not_supported: 'An das Gerät wurde nichts gesendet. Starten Sie eine neue Suche oder lösen Sie es auf anderem Weg.',
      already_locked: 'Zeigen Sie die PIN der bereits gesendeten Sperre an, statt erneut zu sperren.',
      throttled: 'Warten Sie eine Minute und drücken Sie dann „Erneut versuchen“.',
      offline: 'Prüfen Sie die Netzwerkverbindung des Kiosks und drücken Sie dann „Erneut versuchen“.',
      timeout: 'Prüfen Sie die Netzwerkverbindung des Kiosks und drücken Sie dann „Erneut versuchen“.',
      graph_error:
        'Drücken Sie „Erneut versuchen“. Scheitert es weiter, hat Intune womöglich Probleme; prüfen Sie den Dienststatus von Microsoft 365.',
      cancelled: 'Drücken Sie „Erneut versuchen“ oder starten Sie eine neue Suche.',
      internal:
        'Drücken Sie „Erneut versuchen“. Scheitert es weiter, starten Sie den Kiosk neu und informieren Sie die Administration.',
    },
    waitSeconds: (n) => `Warten Sie ${n} ${plural(n, 'Sekunde', 'Sekunden')} und drücken Sie dann „Erneut versuchen“.`,
    whatToDo: 'Was tun:',
    details: 'Details vom Kiosk (Englisch):',
    noBridge: 'Diese Seite muss von der Kiosk-App geöffnet werden; allein erreicht sie Intune nicht.',
    noAnswer: 'Der Kiosk hat nicht geantwortet. Starten Sie ihn neu, wenn das wiederholt passiert.',
  },
};
