export { createLogFile, createLogger, type Logger, type LoggerOptions, type LogLevel } from './logger';
export { redact, redactValue } from './redact';
export { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, RotatingFile, type RotatingFileOptions } from './rotating-file';
