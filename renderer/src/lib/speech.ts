/** Whether this machine can read the PIN aloud. */
export function canSpeak(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** Speaks a PIN digit by digit in the kiosk's language, with a pause between the groups of three. */
export function speakDigits(pin: string, lang: string): void {
  if (!canSpeak()) return;
  speechSynthesis.cancel();
  const groups = pin.replace(/\s+/g, '').match(/.{1,3}/g) ?? [];
  for (const group of groups) {
    // Separate digits so "482" is read as "four, eight, two", not "four hundred eighty-two".
    const utterance = new SpeechSynthesisUtterance(group.split('').join(', '));
    utterance.lang = lang;
    utterance.rate = 0.8;
    speechSynthesis.speak(utterance);
  }
}

export function stopSpeaking(): void {
  if (canSpeak()) speechSynthesis.cancel();
}

/** Speaks a secret's spelled-out groups ("capital K, digit one, …"), one utterance per group. */
export function speakGroups(spelledGroups: readonly string[], lang: string): void {
  if (!canSpeak()) return;
  speechSynthesis.cancel();
  for (const group of spelledGroups) {
    const utterance = new SpeechSynthesisUtterance(group);
    utterance.lang = lang;
    utterance.rate = 0.8;
    speechSynthesis.speak(utterance);
  }
}
