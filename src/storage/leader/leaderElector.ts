/**
 * Decides which instance runs a background job (the alert monitor) and keeps that job's
 * cursor, so that two instances never both act and a deposed one cannot move the cursor.
 *
 * Use: start() once; at each tick act only if isLeader(); finish the tick with
 * writeFenced(cursor), which throws CodedError(ErrorCode.NotLeader) if leadership was lost
 * meanwhile. stop() on shutdown hands the job to another instance at once.
 */
export interface LeaderElector<TCursor = unknown> {
  readonly job: string;
  /**
   * Starts campaigning; resolves after the first attempt, so isLeader() is meaningful at once. Never throws for an
   * unreachable store.
   */
  start(): Promise<void>;
  /** Stops campaigning and gives up leadership. */
  stop(): Promise<void>;
  /** True only while this instance may act for the job. */
  isLeader(): boolean;
  /** The job's last written cursor; any instance may read it. */
  readCursor(): Promise<TCursor | undefined>;
  /** Writes the cursor only while this instance leads; otherwise CodedError(ErrorCode.NotLeader). */
  writeFenced(cursor: TCursor): Promise<void>;
}

/** What is stored for a job: the cursor and who wrote it, for whoever debugs a handover. */
export interface JobRecord<TCursor> {
  cursor?: TCursor;
  writtenBy?: string;
  writtenAt?: string;
}
