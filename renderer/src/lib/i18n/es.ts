// The Spanish message catalog, in the "usted" form; typed as `Messages`, so a missing or extra string fails the type check.
import type { MessageParams, RotatableKind, SecretKind, SignInMethod, SignInRefusalReason } from '../../../../electron/core/contract';
import type { MessageWords, Messages, RefusalWords } from './en';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

const ANOTHER_SIGN_IN = 'Pida a su administrador de TI que ofrezca otro inicio de sesión en este quiosco';

const refusals: Record<SignInRefusalReason, RefusalWords> = {
  consentMissing: {
    heading: 'A la aplicación del quiosco le falta el consentimiento de administrador',
    what: 'El registro de aplicación del quiosco no ha recibido sus permisos de Intune, por lo que Entra ID no deja iniciar sesión en ella a nadie.',
    todo: () =>
      'Pida a su administrador de TI que conceda el consentimiento de administrador en el registro de aplicación del quiosco (Permisos de API › Conceder consentimiento de administrador) y vuelva a iniciar sesión.',
  },
  conditionalAccess: {
    heading: 'Una directiva de acceso condicional bloquea este inicio de sesión',
    what: 'Su organización no permite que esta cuenta inicie sesión en el quiosco de esta forma o desde aquí.',
    todo: () =>
      'Pregunte a su administrador de TI qué directiva se aplica (centro de administración de Entra › Registros de inicio de sesión › Acceso condicional).',
  },
  deviceCodeBlocked: {
    heading: 'Este inquilino bloquea el inicio de sesión con un código',
    what: 'Una directiva de acceso condicional no permite iniciar sesión con un código introducido en otro dispositivo.',
    todo: (next) =>
      next
        ? `Inicie sesión con “${next}” en su lugar.`
        : `${ANOTHER_SIGN_IN}, o que permita este (Acceso condicional › Condiciones › Flujos de autenticación).`,
  },
  securityDefaults: {
    heading: 'Los valores predeterminados de seguridad bloquean el inicio de sesión con un código',
    what: 'Los valores predeterminados de seguridad de este inquilino no permiten iniciar sesión con un código introducido en otro dispositivo.',
    todo: (next) =>
      next
        ? `Inicie sesión con “${next}” en su lugar.`
        : `${ANOTHER_SIGN_IN} (centro de administración de Entra › Información general › Propiedades › Valores predeterminados de seguridad).`,
  },
  deviceCodeRechecked: {
    heading: 'El inicio de sesión con un código ya no se acepta',
    what: 'Su organización bloquea ahora los inicios de sesión con un código, así que Entra ID ha terminado este.',
    todo: (next) =>
      next ? `Vuelva a iniciar sesión con “${next}”.` : `${ANOTHER_SIGN_IN} (Acceso condicional › Condiciones › Flujos de autenticación).`,
  },
  deviceNotCompliant: {
    heading: 'Esta cuenta solo puede iniciar sesión desde un dispositivo compatible',
    what: 'Su organización solo deja que esta cuenta inicie sesión desde un dispositivo administrado y compatible, y este inicio de sesión no ha podido demostrarlo.',
    todo: (next) =>
      next
        ? `Use “${next}”: el quiosco inicia sesión así con la identidad de este PC.`
        : 'Pida a su administrador de TI el inicio de sesión propio de Windows en un PC unido a Entra y compatible (Acceso condicional › Conceder › Requerir que el dispositivo esté marcado como compatible).',
  },
  mfaRequired: {
    heading: 'Confirme el inicio de sesión con un segundo factor',
    what: 'Su organización pide un segundo factor (MFA) para este inicio de sesión.',
    todo: () => 'Vuelva a iniciar sesión y confírmelo cuando se le pida, por ejemplo en la aplicación Authenticator.',
  },
  mfaRegistration: {
    heading: 'Configure primero un segundo factor',
    what: 'Su organización pide un segundo factor (MFA), y su cuenta todavía no tiene ninguno registrado.',
    todo: () => 'En su propio teléfono u ordenador, abra https://aka.ms/mfasetup y registre uno; después vuelva a iniciar sesión.',
  },
  notAssigned: {
    heading: 'Su cuenta no está asignada al quiosco',
    what: 'Solo las personas asignadas a la aplicación del quiosco en Entra ID pueden iniciar sesión en ella.',
    todo: () =>
      'Pida a su administrador de TI que le asigne (Aplicaciones empresariales › la aplicación del quiosco › Usuarios y grupos).',
  },
  sessionExpired: {
    heading: 'Su organización le pide que vuelva a iniciar sesión',
    what: 'Los inicios de sesión en este quiosco duran un tiempo fijado (frecuencia de inicio de sesión), y ese tiempo ha terminado.',
    todo: () => 'Vuelva a iniciar sesión para continuar.',
  },
  appNotFound: {
    heading: 'No se ha encontrado el registro de aplicación del quiosco',
    what: 'Este inquilino no tiene ningún registro de aplicación con el Id. de cliente del archivo de configuración del quiosco.',
    todo: () =>
      'Pida a su administrador de TI que compare “clientId” y “tenantId” del archivo de configuración con el registro de aplicación (Registros de aplicaciones › Información general).',
  },
  publicClientOff: {
    heading: 'El registro de aplicación del quiosco no permite este inicio de sesión',
    what: 'El registro de aplicación debe permitir los flujos de clientes públicos, con los que inicia sesión el quiosco.',
    todo: () =>
      'Pida a su administrador de TI que active Autenticación › Permitir flujos de clientes públicos en el registro de aplicación del quiosco.',
  },
  tenantNotFound: {
    heading: 'Entra ID no conoce este inquilino',
    what: 'El Id. de inquilino del archivo de configuración del quiosco no pertenece a ningún inquilino.',
    todo: () =>
      'Pida a su administrador de TI que compruebe “tenantId” en el archivo de configuración del quiosco (centro de administración de Entra › Información general › Id. de inquilino).',
  },
  redirectUriMissing: {
    heading: 'Al registro de aplicación del quiosco le falta un URI de redirección',
    what: 'Este inicio de sesión necesita un URI de redirección que el registro de aplicación no incluye.',
    todo: () =>
      'Pida a su administrador de TI que añada los URI de redirección del quiosco (Registros de aplicaciones › Autenticación › Aplicaciones móviles y de escritorio; docs/entra-app-registration.md).',
  },
};

const kind = (k: SecretKind) => es.secrets.names[k];
/** A key's name inside a sentence: "la clave de recuperación de BitLocker". */
const key = (k: RotatableKind) => {
  const name = kind(k);
  return name.charAt(0).toLowerCase() + name.slice(1);
};
const method = (m: SignInMethod) => es.auth.methods[m].name;
const canceled: Record<MessageParams<'signInCanceled'>['why'], string> = {
  technician: 'Se canceló el inicio de sesión.',
  declined: 'Se canceló o se rechazó el inicio de sesión.',
  replaced: 'Otro inicio de sesión sustituyó a este.',
  windowClosed: 'Se cerró la ventana de inicio de sesión.',
  closing: 'El quiosco se está cerrando.',
  signedOut: 'El quiosco cerró la sesión.',
};
const unreadable: Record<MessageParams<'unreadable'>['what'], string> = {
  answer: 'Intune envió una respuesta que el quiosco no puede leer.',
  device: 'Intune envió un dispositivo que el quiosco no puede leer.',
  deviceList: 'Intune envió una lista de dispositivos que el quiosco no puede leer.',
  bitlockerList: 'Entra ID envió una lista de claves de BitLocker que el quiosco no puede leer.',
  bitlockerKey:
    'Entra ID envió una clave de recuperación de BitLocker que el quiosco no puede leer. Consúltela en el centro de administración de Entra.',
  lapsPassword: 'Entra ID envió una contraseña de administrador local que el quiosco no puede leer.',
};
const notHeld: Record<SecretKind, string> = {
  bitlocker: 'Entra ID no tiene ninguna clave de recuperación de BitLocker con este Id. para este dispositivo.',
  laps: 'Entra ID no tiene ninguna contraseña de administrador local para este dispositivo: Windows LAPS no ha hecho ninguna copia de seguridad.',
  androidPasscode:
    'Intune no tiene ningún código de acceso temporal para este dispositivo. Lo conserva 7 días después de restablecer el código de acceso.',
  activationLock:
    'Intune no tiene ningún código de omisión del Bloqueo de activación para este dispositivo. Solo lo tienen los dispositivos supervisados con el Bloqueo de activación activado.',
  fileVault: 'Intune no tiene ninguna clave de recuperación de FileVault para este Mac: el Mac nunca la almacenó en Intune.',
};
const notKept: Record<MessageParams<'signInsNotKept'>['why'], string> = {
  noKeyring:
    'Este equipo no tiene un llavero que proteja los inicios de sesión, así que el quiosco solo los guarda en memoria: vuelva a iniciar sesión tras cada reinicio.',
  noKeychain:
    'El llavero de este equipo no está disponible para el quiosco, así que solo guarda los inicios de sesión en memoria: vuelva a iniciar sesión tras cada reinicio.',
  tenant: 'Los inicios de sesión duran hasta que se cierra el quiosco.',
};
const seconds = (n: number) => `${n} ${plural(n, 'segundo', 'segundos')}`;
/** "a la 1:05", "a las 13:05": one o'clock takes the singular article (RAE, Diccionario panhispánico de dudas, «hora»). */
const hour = (time: string) => `${/^0?1\D/.test(time) ? 'la' : 'las'} ${time}`;

const messages: MessageWords = {
  invalidRequest: () => 'El quiosco no pudo usar esa solicitud.',
  searchBlank: () => 'Escriba o escanee un número de serie, un nombre de dispositivo o una dirección de correo electrónico.',
  searchTooLong: () => 'Es demasiado largo para un número de serie, un nombre de dispositivo o una dirección de correo electrónico.',
  searchUnseen: () => 'La búsqueda contiene caracteres invisibles. Vuelva a escanearla o a escribirla.',
  deviceIdInvalid: () => 'No es un Id. de dispositivo de Intune.',
  keyIdInvalid: () => 'No es un Id. de clave de recuperación de BitLocker.',
  keyIdMissing: () => 'Elija qué clave de recuperación de BitLocker quiere mostrar.',
  keyIdNotBitLocker: () => 'Solo una clave de recuperación de BitLocker se elige por su Id.',
  rotationKindInvalid: () => 'Solo se puede rotar una clave de BitLocker o de FileVault.',
  reasonBlank: () => 'Elija un motivo para esta consulta.',
  reasonTooLong: () => 'El motivo es demasiado largo: use 120 caracteres como máximo.',
  reasonUnseen: () => 'El motivo contiene caracteres invisibles.',
  devicesNone: () => 'No se indicó ningún dispositivo.',
  devicesTooMany: () => 'Se pidieron demasiados dispositivos a la vez.',
  devicesRepeated: () => 'Se indicó un dispositivo dos veces.',
  graphOffline: () => 'El quiosco no puede conectar con Intune.',
  graphTimeout: ({ seconds: n }) => `Intune no respondió en ${seconds(n)}.`,
  graphBusy: ({ seconds: n }) =>
    n === null ? 'Intune está ocupado con demasiadas solicitudes.' : `Intune está ocupado con demasiadas solicitudes y pide esperar ${seconds(n)}.`,
  kioskPacing: ({ seconds: n }) => `El quiosco hace una pausa de ${seconds(n)} para no superar los límites de Intune de su organización.`,
  graphFailed: ({ status }) => (status >= 500 ? `Intune tiene problemas (error ${status}).` : `Intune rechazó la solicitud (error ${status}).`),
  graphLinkOutside: () => 'Intune envió un enlace a otra dirección, que el quiosco no siguió.',
  unreadable: ({ what }) => unreadable[what],
  bitlockerGroupInvalid: ({ group }) =>
    `Entra ID envió una clave de recuperación de BitLocker cuyo grupo ${group} de 8 no es válido, así que la pantalla de recuperación la rechazaría. Consulte la clave en el centro de administración de Entra o derive el caso al soporte de segundo nivel.`,
  intuneForbidden: ({ permissions }) =>
    `Su cuenta no tiene permiso para hacer esto en Intune. Necesita el rol Help Desk Operator (o “Managed devices: Read” y, para bloquear, “Remote tasks: Remote lock”), y el quiosco, el consentimiento de administrador para ${permissions.join(' y ')}.`,
  deviceGone: () => 'Este dispositivo se quitó de Intune o está fuera de su ámbito de Intune.',
  differentDevice: () => 'Intune respondió con otro dispositivo.',
  requestReplaced: () => 'Una búsqueda más reciente sustituyó a esta.',
  pinNotHeld: () => 'Intune no tiene ningún PIN de desbloqueo para este dispositivo.',
  pinOffline: () => 'No se puede conectar con Intune, y el quiosco no tiene ningún PIN en caché para este dispositivo.',
  lockNotSaved: () => 'No se puede conectar con Intune, y el quiosco no tiene en caché el bloqueo de este dispositivo.',
  remoteLockOff: () => 'El bloqueo remoto está desactivado en este quiosco.',
  remoteLockUnsupported: ({ os }) => `Intune no puede bloquear ${os ? `dispositivos ${os}` : 'este tipo de dispositivo'}. No se envió nada.`,
  alreadyLocked: ({ delivered }) =>
    `Este Mac ya tiene un bloqueo remoto (${delivered ? 'bloqueado' : 'aún no entregado'}). Un segundo bloqueo falla en el Mac, y se pierde el PIN que está esperando.`,
  secretOff: ({ kind: k }) => `${kind(k)}: la consulta está desactivada en este quiosco.`,
  secretNotForDevice: ({ kind: k, os }) => `${kind(k)}: no existe en ${os ? `los dispositivos ${os}` : 'este tipo de dispositivo'}.`,
  secretNotHeld: ({ kind: k }) => notHeld[k],
  secretOffline: ({ kind: k, keptOffline }) =>
    keptOffline
      ? `${kind(k)}: no se puede conectar con Intune, y el quiosco no tiene ninguna copia en caché para este dispositivo.`
      : `${kind(k)}: no se puede conectar con Intune, y el quiosco nunca guarda una copia en caché.`,
  secretForbidden: ({ kind: k, permission, roles }) =>
    `${kind(k)}: su cuenta no tiene permiso para leer este secreto. Necesita uno de estos roles: ${roles.join(', ')}; y el quiosco necesita el permiso ${permission} con consentimiento de administrador.`,
  rotationOff: ({ kind: k }) => `La rotación de la ${key(k)} está desactivada en este quiosco.`,
  rotationNotForDevice: ({ kind: k, os }) =>
    `${os ? `Los dispositivos ${os} no tienen` : 'Este tipo de dispositivo no tiene'} ninguna ${key(k)} que rotar. No se envió nada.`,
  rotationForbidden: ({ kind: k, permission, intunePermission }) =>
    `Su cuenta no tiene permiso para rotar la ${key(k)}. Necesita un rol de Intune con “Remote tasks: ${intunePermission}”, y el quiosco, el permiso ${permission} con consentimiento de administrador.`,
  rotationRefused: ({ kind: k }) =>
    k === 'bitlocker'
      ? 'Intune solo rota claves de BitLocker en PC con Windows, y no ha rotado esta.'
      : 'Intune solo rota una clave de FileVault en un Mac corporativo cifrado por una directiva de Intune, y no ha rotado esta.',
  reasonRequired: () => 'Elija primero un motivo para esta consulta.',
  reasonNotListed: () => 'Elija uno de los motivos de la lista.',
  revealNotRecorded: () => 'El quiosco no pudo anotar esta consulta en su registro de auditoría, así que el secreto sigue oculto.',
  notSignedIn: () => 'Nadie ha iniciado sesión en el quiosco.',
  signInEnded: () => 'El inicio de sesión ha terminado.',
  signInRefused: ({ reason, tryMethod }) => `${refusals[reason].what} ${refusals[reason].todo(tryMethod && method(tryMethod))}`,
  signInCanceled: ({ why }) => canceled[why],
  signInTimedOut: ({ method: m }) =>
    m === 'broker' ? 'El inicio de sesión de Windows no terminó a tiempo.' : 'Nadie terminó el inicio de sesión a tiempo.',
  deviceCodeExpired: () => 'El código de inicio de sesión caducó antes de que nadie lo usara.',
  signInNotOffered: ({ offered }) => `Este quiosco no ofrece ese inicio de sesión. Elija “${method(offered)}”.`,
  signInPageFailed: ({ tryMethod }) =>
    `Este equipo no pudo abrir la página de inicio de sesión.${tryMethod ? ` Use “${method(tryMethod)}” en su lugar.` : ''}`,
  signInServiceOffline: () => 'El quiosco no puede conectar con el servicio de inicio de sesión de Microsoft.',
  signInUnfinished: ({ entraCode }) => `El inicio de sesión no se completó.${entraCode === null ? '' : ` Entra ID respondió AADSTS${entraCode}.`}`,
  demoNotNeeded: ({ tenant }) => `El quiosco ya trabaja para ${tenant}.`,
  noConfig: ({ path }) => `No hay ningún inquilino configurado: el archivo de configuración ${path} no existe.`,
  demoDidNotStart: () => 'El inquilino de demo no se inició. Cierre el quiosco y vuelva a iniciarlo.',
  cacheSetAside: () => 'No se pudo leer la caché sin conexión, así que se ha apartado. El quiosco empieza con una caché sin conexión vacía.',
  cacheKeychainAway: () =>
    'El llavero no respondió, así que no se pudo leer la caché sin conexión. Se conserva para el próximo inicio; hasta entonces, solo las respuestas de esta sesión están disponibles sin conexión.',
  signInKeychainAway: () =>
    'El llavero no respondió, así que no se pudo leer el inicio de sesión guardado. Hasta el próximo inicio, los inicios de sesión duran hasta que se cierra el quiosco.',
  signInsNotKept: ({ why }) => notKept[why],
  internal: () => 'Algo ha fallado en el quiosco.',
  kioskNoAnswer: () => 'El quiosco no respondió. Reinícielo si vuelve a ocurrir.',
  noBridge: () => 'Esta página debe abrirla la aplicación del quiosco; por sí sola no puede conectar con Intune.',
};

export const es: Messages = {
  messages,
  app: {
    name: 'Quiosco de PIN de desbloqueo',
    demo: 'DEMO',
    demoTitle: 'Inquilino simulado: no son dispositivos reales',
    tenant: 'Inquilino',
    version: (v) => `Versión ${v}`,
  },
  language: {
    name: 'Español',
    visitor: 'En el idioma de la persona:',
  },
  firstRun: {
    heading: 'No hay ningún inquilino configurado',
    what: 'Este quiosco no ha encontrado ningún archivo de configuración, así que no sabe para qué inquilino de Intune trabaja.',
    where: 'Su administrador de TI coloca aquí el archivo de configuración (la guía de implementación, docs/deploy.md §3, describe sus campos):',
    demo: 'Probar la demo integrada',
    demoNote: 'La demo muestra dispositivos inventados. Nada llega a Intune.',
    starting: 'Iniciando la demo…',
  },
  offline: {
    title: 'Sin conexión',
    body: (since, ago) => `Intune no responde desde las ${since} (${ago}).`,
    advice:
      'Las respuestas vienen de la caché sin conexión cuando el quiosco tiene una, marcadas como en caché. Compruebe la red del quiosco.',
  },
  notice: {
    label: 'Mensaje del quiosco',
    dismiss: 'Cerrar',
  },
  auth: {
    heading: 'Inicie sesión para buscar dispositivos',
    intro: 'Inicie sesión con su cuenta profesional. El quiosco leerá Intune por usted hasta el final de su turno.',
    methods: {
      broker: {
        name: 'Iniciar sesión con Windows',
        hint: 'Windows Hello, una llave de seguridad o el inicio de sesión de este PC.',
        waiting: 'Termine de iniciar sesión en el cuadro de diálogo de Windows.',
      },
      window: {
        name: 'Iniciar sesión con su cuenta profesional',
        hint: 'La página de inicio de sesión de Microsoft se abre en una ventana sobre el quiosco.',
        waiting: 'Termine de iniciar sesión en la ventana sobre el quiosco.',
      },
      browser: {
        name: 'Iniciar sesión en el explorador',
        hint: 'La página de inicio de sesión se abre en este equipo.',
        waiting: 'Termine de iniciar sesión en la ventana del explorador.',
      },
      deviceCode: {
        name: 'Iniciar sesión con un código',
        hint: 'Con su teléfono: escanee el código QR o abra la dirección y después introduzca el código.',
        waiting: 'Obteniendo un código de inicio de sesión…',
      },
    },
    otherWays: 'Otras formas de iniciar sesión',
    checking: 'Comprobando el inicio de sesión…',
    codeHeading: 'Introduzca este código',
    codeSteps: (address) => `En su teléfono u otro equipo, abra ${address} (o escanee el código QR) e introduzca el código.`,
    expiresIn: (time) => `El código caduca en ${time}.`,
    qr: 'Código QR de la dirección de inicio de sesión',
    entraSays: 'Respuesta de Entra ID (en inglés):',
    cancel: 'Cancelar el inicio de sesión',
    signedInAs: (name) => `Sesión iniciada: ${name}`,
    until: (time) => `hasta ${hour(time)}`,
    signOut: 'Cerrar sesión',
    failed: 'El inicio de sesión no se completó',
    failedAdvice: {
      timeout: 'Nadie terminó el inicio de sesión a tiempo. Elija un inicio de sesión abajo para empezar de nuevo.',
      offline:
        'El quiosco no puede conectar con el servicio de inicio de sesión de Microsoft. Compruebe su conexión de red y vuelva a iniciar sesión.',
      not_supported: 'Este inicio de sesión no es posible en este quiosco. Elija otro abajo.',
      other:
        'Elija un inicio de sesión abajo para intentarlo de nuevo. Si sigue fallando, reinicie el quiosco y avise a su administrador de TI.',
    },
    refusals,
    tryMethod: (name) => `Probar “${name}”`,
    entraCode: (code) => `Código de Entra ID AADSTS${code}`,
    endedByEntra: (at) => `Entra ID terminó el inicio de sesión a ${hour(at)}.`,
    notKept: 'Los inicios de sesión no se conservan al reiniciar el quiosco.',
    lastSignOut: {
      technician: (at) => `Sesión cerrada a ${hour(at)}.`,
      shiftEnded: (at) => `El turno terminó a ${hour(at)}. Vuelva a iniciar sesión para continuar.`,
      idle: (at) => `Sesión cerrada a ${hour(at)} porque nadie usaba el quiosco.`,
      sessionExpired: (at) => `El inicio de sesión caducó a ${hour(at)}. Vuelva a iniciar sesión para continuar.`,
    },
  },
  search: {
    form: 'Búsqueda de dispositivos',
    label: 'Número de serie, nombre del dispositivo o correo',
    button: 'Buscar',
    blank: 'Primero escriba o escanee un número de serie, un nombre de dispositivo o una dirección de correo electrónico.',
  },
  idle: {
    region: 'Cómo empezar',
    lead: 'Escanee o escriba un número de serie',
    scan: 'Escanee el código de barras del dispositivo o de su caja,',
    type: 'o escriba el número de serie, el nombre del dispositivo o el correo electrónico del usuario y pulse Entrar.',
    privacy: 'Pulse Esc en cualquier momento para vaciar la pantalla para la siguiente persona.',
  },
  status: {
    searching: (q) => `Buscando “${q}” en Intune…`,
    appleLabel: (q, serial) =>
      `Las etiquetas de Apple ponen una S delante del número de serie: “${q}” es el número de serie “${serial}”.`,
    loadingDevice: 'Cargando el dispositivo…',
    matches: (n, q) =>
      `${n} ${plural(n, 'dispositivo coincide', 'dispositivos coinciden')} con “${q}”. Elija el correcto.`,
    noMatch: (q) => `Ningún dispositivo coincide con “${q}”.`,
    incomplete: (q) => `Intune no pudo completar la búsqueda de “${q}”.`,
    showing: (name) => `Se muestra ${name}.`,
    revealing: 'Mostrando el PIN…',
    pinShown: 'El PIN de desbloqueo está en pantalla.',
    pinHidden: 'El PIN se ha ocultado.',
    pinTimedOut: (seconds) => `El PIN se ocultó al cabo de ${seconds} segundos.`,
    revealingSecret: 'Mostrando…',
    secretShown: (name) => `${name}: en pantalla.`,
    secretHidden: 'El secreto se ha ocultado.',
    secretTimedOut: (seconds) => `El secreto se ocultó al cabo de ${seconds} segundos.`,
    error: 'Algo ha fallado. Vea abajo.',
  },
  common: {
    newSearch: 'Nueva búsqueda',
    backToMatches: 'Volver a la lista',
    tryAgain: 'Reintentar',
    cancel: 'Cancelar',
    done: 'Listo: vaciar para la siguiente persona',
    hidingSoon: 'Se ocultará en un momento: pulse “Seguir mostrando” si la persona aún está escribiendo.',
    unknownTime: 'en un momento desconocido',
    justNow: 'hace un momento',
    never: 'nunca',
    unknown: 'desconocido',
    dash: '—',
  },
  matches: {
    heading: 'Dispositivos que coinciden',
    hint: 'Compare el número de serie con el del dispositivo y después elíjalo.',
    serial: 'N.º de serie',
    user: 'Usuario',
    unknownModel: 'Modelo desconocido',
    choose: 'Elegir',
    devicesOf: 'Dispositivos de',
    checkingLock: 'Comprobando el bloqueo…',
    lockNotChecked: 'Se muestra al elegirlo',
    lockUnknown: (why) => `Desconocido: ${why}`,
    lockCached: (ago) => `En caché, ${ago}`,
    cannotLock: 'Intune no puede bloquearlo',
  },
  noMatch: {
    region: 'Sin coincidencias',
    exactNamesOnly:
      'Este inquilino de Intune no puede buscar por el comienzo de un nombre de dispositivo: escriba el nombre completo del dispositivo o escanee el número de serie.',
    advice:
      'Compruebe los caracteres que se parecen (0 y O, 1 e I, 5 y S), o busque por el nombre del dispositivo o por el correo electrónico del usuario.',
  },
  incomplete: {
    heading: 'Intune no pudo completar esta búsqueda',
    lead: 'El dispositivo puede estar en Intune aunque no aparezca aquí. Intune no respondió a estas partes de la búsqueda:',
    searched: {
      serial: (value) => `Número de serie “${value}”`,
      name: (value) => `Nombre del dispositivo “${value}”`,
      user: (value) => `Correo electrónico “${value}”`,
    },
    reasons: {
      unfiltered:
        'Intune ignoró el filtro y envió dispositivos que no coinciden, así que el quiosco no puede saber cuáles coinciden.',
      tooManyPages: 'Intune envió más páginas de las que una búsqueda puede pedir.',
    },
    tryNext: {
      tooManyPages: 'Escriba más caracteres: el número de serie completo o el nombre completo del dispositivo.',
      serial: 'Busque por el nombre del dispositivo o por el correo electrónico del usuario.',
      name: 'Escanee o escriba el número de serie completo.',
      user: 'Escanee o escriba el número de serie o el nombre del dispositivo.',
    },
  },
  device: {
    unnamed: 'Dispositivo sin nombre',
    confirm: 'Compruebe que el número de serie coincide con el del dispositivo que tiene delante.',
    model: 'Modelo',
    system: 'Sistema',
    serial: 'Número de serie',
    user: 'Usuario',
    noUser: 'Sin usuario principal',
    lastCheckIn: 'Último contacto',
    the: 'el dispositivo',
  },
  source: {
    live: (ago) => `Leído de Intune ${ago}.`,
    cachedTitle: 'Resultado en caché',
    cached: (ago, at) => `leído ${ago} (${at}). No se pudo conectar con Intune, así que puede estar desactualizado.`,
  },
  lock: {
    heading: 'Bloqueo remoto',
    sent: 'Enviado',
    lastUpdate: 'Última actualización',
    others: 'Otras acciones recientes',
    otherAction: (name, state, when) => `${name} — ${state}, ${when}`,
    unnamedAction: 'acción sin nombre',
    actionNames: {
      syncDevice: 'sincronización',
      wipe: 'borrado',
      retire: 'retirada',
      rebootNow: 'reinicio',
      resetPasscode: 'restablecimiento del código de acceso',
      locateDevice: 'localización',
      windowsDefenderScan: 'examen de Defender',
      remoteLock: 'bloqueo remoto',
      rotateBitLockerKeys: 'rotación de claves de BitLocker',
      rotateFileVaultKey: 'rotación de la clave de FileVault',
    },
    timeUnknown: 'hora desconocida',
    notSent: { word: 'No enviado', guidance: 'No se ha enviado ningún bloqueo remoto a este dispositivo.' },
    states: {
      pending: {
        word: 'Pendiente',
        guidance:
          'Intune ha enviado el bloqueo; el dispositivo todavía no ha contactado con Intune. Pida a la persona que lo conecte a la red Wi-Fi.',
      },
      active: {
        word: 'Activo',
        guidance: 'El dispositivo está aplicando el bloqueo en este momento. Espere un minuto y vuelva a buscar.',
      },
      done: { word: 'Completado', guidance: 'El dispositivo recibió el bloqueo y está bloqueado.' },
      failed: {
        word: 'Error',
        guidance:
          'El bloqueo no se completó. Un Mac que ya estaba bloqueado rechaza un segundo bloqueo. Compruebe el dispositivo; si no está bloqueado, pida a un administrador de Intune que vuelva a enviar el bloqueo.',
      },
      canceled: {
        word: 'Cancelado',
        guidance: 'El bloqueo se canceló antes de llegar al dispositivo, así que Intune no lo ha bloqueado.',
      },
      notSupported: { word: 'No compatible', guidance: 'Este dispositivo no admite el bloqueo remoto desde Intune.' },
      none: {
        word: 'Sin estado',
        guidance: 'Intune registró un bloqueo, pero todavía sin progreso. Vuelva a buscar dentro de unos minutos.',
      },
      unknown: {
        word: 'Desconocido',
        guidance: 'Intune indica un estado que este quiosco no conoce. Compruebe el dispositivo en el centro de administración de Intune.',
      },
    },
    outcomes: {
      locked: { word: 'Bloqueado', guidance: 'El dispositivo recibió el bloqueo y está bloqueado.' },
      pinGone: {
        word: 'Bloqueado — sin PIN de Intune',
        guidance:
          'El Mac recibió el bloqueo, pero Intune ya no devuelve su PIN de desbloqueo. No lo vuelva a bloquear (también falla): entréguelo a su administrador de Mac.',
      },
      locking: {
        word: 'Bloqueando',
        guidance: 'El dispositivo está aplicando el bloqueo en este momento. Espere un minuto y vuelva a comprobarlo.',
      },
      waiting: {
        word: 'Esperando a que el dispositivo se conecte',
        guidance:
          'Intune ha enviado el bloqueo; el dispositivo todavía no ha contactado con Intune. Pida a la persona que lo conecte a la red Wi-Fi y vuelva a comprobarlo.',
      },
      canceled: {
        word: 'Cancelado — no bloqueado',
        guidance: 'El bloqueo se canceló antes de llegar al dispositivo, así que Intune no lo ha bloqueado y no hay ningún PIN que usar.',
      },
      failed: {
        word: 'Error',
        guidance:
          'El bloqueo no se completó. Un Mac que ya estaba bloqueado rechaza un segundo bloqueo. Compruebe el dispositivo; si no está bloqueado, vuelva a enviar el bloqueo.',
      },
      notSupported: { word: 'No compatible', guidance: 'Este dispositivo no admite el bloqueo remoto desde Intune.' },
      unknown: {
        word: 'Desconocido',
        guidance: 'Intune indica un estado que este quiosco no conoce. Compruebe el dispositivo en el centro de administración de Intune.',
      },
    },
    noProgressWord: (days) => `Sin progreso tras ${days} ${plural(days, 'día', 'días')}`,
    noProgressGuidance: (days) =>
      `Intune envió el bloqueo hace ${days} ${plural(days, 'día', 'días')} y el dispositivo no lo ha aplicado: puede estar apagado, sin conexión o ya no inscrito. Compruébelo en el centro de administración de Intune.`,
    failedNoKioskLock: 'Si no está bloqueado, pida a un administrador de Intune que vuelva a enviar el bloqueo.',
    checkAgain: 'Volver a comprobar',
    checking: 'Comprobando…',
    checkFailed: (message) => `No se pudo volver a comprobar: ${message}`,
    laterAction: (action, ago) =>
      `Se envió una acción de ${action} ${ago}, después de este bloqueo. Cualquier acción enviada tras un bloqueo sustituye el PIN del Mac, así que el PIN que tiene Intune quizá no sea el que pide el Mac.`,
    noRemoteLock: (os) =>
      `Bloqueo remoto: Intune no puede bloquear ${os ? `dispositivos ${os}` : 'este tipo de dispositivo'}, así que aquí no hay nada que desbloquear.`,
    ownPasscodeHeading: 'Siguiente paso',
    ownPasscode: 'Pida a la persona que lo desbloquee con el código del dispositivo.',
  },
  remoteLock: {
    heading: 'Enviar un bloqueo remoto',
    button: 'Bloquear el dispositivo…',
    confirmQuestion: (name) => `¿Enviar un bloqueo remoto para ${name}?`,
    confirmDetail:
      'El dispositivo se bloqueará en cuanto vuelva a contactar con Intune. Un Mac pedirá entonces el PIN de desbloqueo; un iPhone, un iPad o un dispositivo Android pedirá su propio código.',
    confirm: 'Enviar el bloqueo',
    sending: 'Enviando el bloqueo…',
    waiting: 'Bloqueo enviado — esperando a que el dispositivo contacte con Intune',
    lastChecked: (time) => `El quiosco consultó a Intune por última vez a ${hour(time)}.`,
    settled: 'El dispositivo ha contactado con Intune.',
    settledWithPin: 'El dispositivo ha contactado con Intune. Ya se puede mostrar su PIN de desbloqueo.',
    gaveUp:
      'El dispositivo todavía no ha contactado con Intune; el quiosco ha dejado de esperar. Vuelva a buscar más tarde para ver su estado.',
    alreadyLockedTitle: 'Este Mac ya tiene un bloqueo remoto',
    alreadyLockedWhy:
      'Otro bloqueo falla en el Mac, y se pierde el PIN que está esperando. Use el PIN existente en su lugar.',
    revealExisting: 'Mostrar el PIN existente',
    lockAgain: 'Bloquear de nuevo de todos modos',
    notSupportedTitle: 'Este dispositivo no se puede bloquear desde el quiosco',
    failedTitle: 'No se pudo enviar el bloqueo',
  },
  pin: {
    heading: 'PIN de desbloqueo',
    reveal: 'Mostrar PIN',
    revealing: 'Mostrando…',
    checkFirst: 'Compruebe que es el dispositivo de la persona.',
    lastRevealYou: (ago) => `Mostrado por última vez ${ago}, por usted.`,
    lastRevealOther: (ago, who) => `Mostrado por última vez ${ago}, por ${who}.`,
    hide: 'Ocultar PIN',
    readAloud: 'Leer en voz alta',
    digits: (spaced) => `Dígitos: ${spaced}`,
    typeIt: 'Escríbalo en la pantalla de bloqueo del Mac.',
    issued: (ago, at) => `PIN emitido ${ago} · ${at}`,
    stale: (days, reliableDays) =>
      `Este PIN tiene ${days} días. Puede que Intune ya no lo tenga: algunos PIN han desaparecido al cabo de unos ${reliableDays} días, y cualquier acción posterior enviada al Mac lo sustituye.`,
    staleAdvice:
      'Si el Mac lo rechaza, no lo vuelva a bloquear (también falla). Compruebe las acciones del dispositivo en el centro de administración de Intune y entregue el Mac a su administrador de Mac: un Mac cuyo PIN se ha perdido necesita la ayuda de Apple, con la prueba de compra.',
    hidesIn: (seconds) => `Se oculta en ${seconds} s`,
    noPinMac: (documentedDays, reliableDays) =>
      `Este bloqueo no tiene PIN de desbloqueo en Intune. Intune documenta ${documentedDays} días, pero el PIN de un Mac ha desaparecido al cabo de unos ${reliableDays}, y cualquier acción posterior enviada al Mac lo sustituye.`,
    noPinOther:
      'Este bloqueo no tiene PIN de desbloqueo. Los bloqueos de iPhone, iPad y Android usan el código del dispositivo: pida a la persona que lo introduzca.',
    noCopy: 'La copia está desactivada: lea el PIN en la pantalla.',
  },
  reason: {
    label: 'Motivo para mostrarlo',
    optional: '(opcional)',
    choose: 'Elija un motivo…',
    placeholder: 'Por qué lo necesita la persona',
    missing: 'Elija primero un motivo: el registro de auditoría lo guarda junto con la consulta.',
  },
  secrets: {
    heading: 'Otros secretos',
    others: 'Otros secretos de este dispositivo',
    names: {
      bitlocker: 'Clave de recuperación de BitLocker',
      laps: 'Contraseña de administrador local (LAPS)',
      androidPasscode: 'Código de acceso temporal',
      activationLock: 'Código de omisión del Bloqueo de activación',
      fileVault: 'Clave de recuperación de FileVault',
    },
    reveal: {
      bitlocker: 'Mostrar esta clave',
      laps: 'Mostrar contraseña',
      androidPasscode: 'Mostrar código de acceso',
      activationLock: 'Mostrar código de omisión',
      fileVault: 'Pedir la clave a Intune',
    },
    fileVaultAsk: '¿Tiene Intune la clave de FileVault de este Mac? Solo se sabe al pedirla.',
    notHeld: {
      bitlocker: 'Entra ID no tiene ninguna clave de BitLocker con este Id.',
      laps: 'No hay ninguna contraseña de LAPS con copia de seguridad para este PC',
      androidPasscode: 'Intune no tiene ningún código de acceso para este teléfono',
      activationLock: 'Intune no tiene ningún código de omisión para este dispositivo',
      fileVault: 'Intune no tiene ninguna clave de FileVault para este Mac',
    },
    escalate: 'Envíe a la persona al soporte de segundo nivel.',
    nothingHeading: 'Nada que mostrar',
    nothing: 'Intune no tiene ningún PIN, clave ni contraseña que el quiosco pueda mostrar para este dispositivo.',
    nothingNext: 'Si la persona sigue sin poder entrar, envíela al soporte de segundo nivel.',
    use: {
      bitlocker: 'Escriba los 48 dígitos en la pantalla azul de recuperación de BitLocker, grupo por grupo.',
      laps: 'Inicie sesión en Windows como administrador local con esta contraseña. Windows LAPS la vuelve a cambiar después de usarla.',
      androidPasscode: 'La persona desbloquea el teléfono con este código de acceso y después establece uno nuevo.',
      activationLock: 'En la pantalla del Bloqueo de activación, deje vacía la cuenta de Apple e introduzca este código como contraseña.',
      fileVault: 'En la pantalla de inicio de sesión del Mac, elija restablecer con la clave de recuperación y escriba esta clave.',
    },
    stored: (ago, at) => `Almacenado ${ago} · ${at}`,
    backedUp: (ago, at) => `Copia de seguridad ${ago} · ${at}`,
    passcodeReset: (ago, at) => `Código de acceso restablecido ${ago} · ${at}`,
    problem: 'El quiosco no pudo comprobar esto:',
    keyIdLabel: 'Id. de clave de recuperación, primeros caracteres',
    keyIdHint: 'La pantalla azul muestra “Id. de clave de recuperación: 1A2B3C4D…”. Escriba al menos los 4 primeros.',
    matching: (n) => (n === 1 ? 'La clave con este Id.:' : `${n} claves empiezan por estos caracteres:`),
    noMatch: (typed) =>
      `Ninguna clave de recuperación de este dispositivo empieza por “${typed}”. Compruebe el Id. en la pantalla; este dispositivo tiene estas claves:`,
    showAll: (n) => `Mostrar las ${n} claves`,
    keyCount: (n) => `${n} ${plural(n, 'clave', 'claves')} con copia de seguridad en Entra ID.`,
    volume: {
      operatingSystemVolume: 'Unidad de Windows',
      fixedDataVolume: 'Unidad de datos',
      removableDataVolume: 'Unidad extraíble',
      unknown: 'Unidad de tipo desconocido',
    },
    created: (ago) => `creada ${ago}`,
    newest: 'la más reciente',
    keyId: (id) => `Id. de clave de recuperación ${id}`,
    group: (n) => `Grupo ${n}`,
    account: (name) => `Cuenta: ${name}`,
    legend: (parts) => (parts.length === 0 ? '' : `${parts.join(', ').replace(/^./, (c) => c.toUpperCase())}.`),
    marks: { digit: 'los dígitos están en azul', symbol: 'los símbolos están en amarillo', upper: 'las mayúsculas están subrayadas' },
    noSpaces: 'No escriba los espacios: solo están para facilitar la lectura.',
    hyphens: {
      bitlocker: 'Escriba solo los dígitos: la pantalla de recuperación pone los guiones por sí misma.',
      laps: 'La contraseña no tiene caracteres de agrupación: se escribe cada carácter mostrado, también un guion.',
      androidPasscode: 'Escriba solo los dígitos.',
      activationLock: 'Escríbalo exactamente como se muestra, con sus guiones, en el campo de la contraseña.',
      fileVault: 'Escriba las letras y los dígitos: el Mac pone los guiones mientras escribe. Si no aparece ninguno, escríbalo.',
    },
    lapsOtherUser: 'En la pantalla de inicio de sesión de Windows, elija “Otro usuario” y escriba este nombre de usuario:',
    lapsUser: (account) => `.\\${account}`,
    lapsEye:
      'Antes de pulsar Entrar, mantenga pulsado el botón del ojo al final del campo de la contraseña para comprobar lo que se ha escrito.',
    keyIdAsk: '¿La pantalla azul muestra',
    keyIdAskEnd: '?',
    keyIdWrong: 'Si no, oculte esta clave y elija la clave con el Id. que aparece en la pantalla.',
    fKeys:
      '¿No aparecen dígitos? En un teclado cuya fila de números necesita Mayús, use F1–F9 para 1–9 y F10 para 0.',
    stepThrough: 'Un grupo cada vez',
    allGroups: 'Mostrar los 8 grupos',
    groupOf: (n, total) => `Grupo ${n} de ${total}`,
    nextGroup: 'Grupo siguiente',
    previousGroup: 'Grupo anterior',
    arrowKeys: 'Las teclas de flecha izquierda y derecha también sirven para avanzar y retroceder.',
    lastGroup: 'Es el último grupo: la persona pulsa Entrar en la pantalla de recuperación.',
    spell: 'Deletrear',
    unspell: 'Ocultar el deletreo',
    spelled: 'Deletreado',
    readAloud: 'Leer en voz alta',
    hide: 'Ocultar',
    keep: 'Seguir mostrando',
    noCopy: 'La copia está desactivada: léalo en la pantalla.',
    cached: (ago) => `De la caché sin conexión, ${ago}`,
    hidesIn: (seconds) => `Se oculta en ${seconds} s`,
    characters: (spelled) => `Caracteres: ${spelled}`,
    upper: (c) => `${c} mayúscula`,
    lower: (c) => `${c} minúscula`,
    digit: (word) => `dígito ${word}`,
    digits: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
    symbol: (c) => `símbolo ${c}`,
    symbols: {
      '-': 'guion',
      _: 'guion bajo',
      '.': 'punto',
      ',': 'coma',
      '#': 'almohadilla',
      $: 'signo de dólar',
      '%': 'signo de porcentaje',
      '&': 'y comercial',
      '@': 'arroba',
      '!': 'signo de exclamación de cierre',
      '?': 'signo de interrogación de cierre',
      '*': 'asterisco',
      '+': 'más',
      '=': 'igual',
      '/': 'barra',
      '\\': 'barra invertida',
      ':': 'dos puntos',
      ';': 'punto y coma',
      '(': 'paréntesis de apertura',
      ')': 'paréntesis de cierre',
      '[': 'corchete de apertura',
      ']': 'corchete de cierre',
      '{': 'llave de apertura',
      '}': 'llave de cierre',
      '<': 'signo menor que',
      '>': 'signo mayor que',
      '^': 'acento circunflejo',
      '~': 'virgulilla',
      "'": 'apóstrofo',
      '"': 'comillas rectas',
      '`': 'acento grave',
      '|': 'barra vertical',
      ' ': 'espacio',
    },
  },
  rotation: {
    why: 'Esta clave ya se ha visto. Cuando la persona haya vuelto a entrar, haga que Intune la sustituya.',
    offer: 'Rotar esta clave…',
    confirmQuestion: {
      bitlocker: '¿Pedir a Intune que rote las claves de recuperación de BitLocker de este PC?',
      fileVault: '¿Pedir a Intune que rote la clave de recuperación de FileVault de este Mac?',
    },
    confirmDetail:
      'Intune pide al dispositivo una clave nueva. En cuanto el dispositivo contacte con Intune, la clave en pantalla dejará de funcionar: rótela solo cuando la persona haya vuelto a entrar.',
    replacesPin:
      'Intune muestra el PIN de desbloqueo de este Mac solo hasta que se envía otra acción, así que esta rotación lo sustituye. Use primero el PIN.',
    confirm: 'Rotar la clave',
    sending: 'Pidiendo a Intune que rote la clave…',
    sentTitle: 'Intune ha pedido una clave nueva al dispositivo',
    sent: 'Se aplica cuando el dispositivo vuelva a contactar con Intune. A partir de entonces, la clave en pantalla deja de funcionar.',
    failedTitle: 'No se pudo enviar la rotación',
    refusedTitle: 'Intune no rotará esta clave',
    refused: 'No se ha enviado nada. Pida a su administrador de TI que rote la clave en Intune.',
    forbidden:
      'Su cuenta no puede rotar claves en Intune. Pida a su administrador de TI que rote esta clave y que le dé acceso para hacerlo usted.',
    reminderTitle: 'Esta clave ya se ha visto',
    reminder: 'Pida a su administrador de TI que la rote en Intune.',
    removableTitle: 'Intune no rota las claves de las unidades extraíbles',
    removable:
      'Esta clave abre una unidad extraíble y sigue siendo válida: la rotación de Intune solo da claves nuevas a las unidades del propio PC. Avise a su administrador de TI de que la clave de esta unidad se ha visto.',
  },
  errors: {
    heading: {
      invalid_request: 'Esa búsqueda no se puede usar',
      config_error: 'El quiosco no está configurado',
      not_signed_in: 'Hay que iniciar sesión',
      consent_required: 'Hay que iniciar sesión',
      forbidden: 'No permitido',
      not_found: 'No se encontró el dispositivo',
      not_supported: 'No es posible para este dispositivo',
      already_locked: 'Este Mac ya está bloqueado',
      throttled: 'Intune está ocupado',
      offline: 'No se pudo conectar con Intune',
      timeout: 'No se pudo conectar con Intune',
      graph_error: 'Intune respondió con un error',
      canceled: 'La solicitud se canceló',
      internal: 'Algo ha fallado en el quiosco',
    },
    advice: {
      invalid_request: 'Compruebe lo que se escribió o escaneó y vuelva a buscar.',
      config_error: 'Pida a su administrador de TI que compruebe el archivo de configuración del quiosco.',
      not_signed_in:
        'Inicie sesión en el quiosco con una cuenta profesional que pueda leer dispositivos de Intune y pulse “Reintentar”.',
      consent_required:
        'Inicie sesión en el quiosco con una cuenta profesional que pueda leer dispositivos de Intune y pulse “Reintentar”.',
      forbidden: 'Pida acceso a un administrador de Intune, o envíe a la persona al soporte de segundo nivel.',
      not_found:
        'Puede que el dispositivo se haya quitado de Intune o esté fuera de su ámbito. Empiece una nueva búsqueda.',
      not_supported:
        'No se envió nada al dispositivo. Empiece una nueva búsqueda, o resuelva este dispositivo de otra forma.',
      already_locked: 'Muestre el PIN del bloqueo ya enviado en lugar de volver a bloquear.',
      throttled: 'Espere un minuto y pulse “Reintentar”.',
      offline: 'Compruebe la conexión de red del quiosco y pulse “Reintentar”.',
      timeout: 'Compruebe la conexión de red del quiosco y pulse “Reintentar”.',
      graph_error:
        'Pulse “Reintentar”. Si sigue fallando, puede que Intune tenga problemas; consulte el estado del servicio de Microsoft 365.',
      canceled: 'Pulse “Reintentar”, o empiece una nueva búsqueda.',
      internal: 'Pulse “Reintentar”. Si sigue fallando, reinicie el quiosco y avise a su administrador de TI.',
    },
    waitSeconds: (n) => `Espere ${n} ${plural(n, 'segundo', 'segundos')} y pulse “Reintentar”.`,
    whatToDo: 'Qué hacer:',
    forbiddenAtCounter:
      'Su cuenta no tiene permiso para hacer esto en Intune, así que el quiosco no puede ayudar ahora a esta persona: envíela al soporte de segundo nivel y pida acceso a un administrador de Intune.',
    forAdmin: 'Detalles para su administrador',
    retryingIn: (n) => `El quiosco volverá a intentarlo por sí mismo dentro de ${n} ${plural(n, 'segundo', 'segundos')}.`,
    tryNow: 'Reintentar ahora',
  },
};
