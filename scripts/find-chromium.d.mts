/** Command-line flags for headless Chromium on a closed network, as root. */
export declare const CHROMIUM_ARGS: string[];
/** Path of a Chromium binary; throws a message saying how to install one if there is none. */
export declare function findChromium(): string;
