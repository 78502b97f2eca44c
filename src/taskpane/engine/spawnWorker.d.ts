/** Types of spawnWorker.js (see there why it is JavaScript). */
export declare function spawnEngineWorker(): Worker;
