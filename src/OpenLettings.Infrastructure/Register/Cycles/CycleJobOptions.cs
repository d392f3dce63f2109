namespace OpenLettings.Infrastructure.Register.Cycles;

/// <summary>How the cycle jobs run (configuration section <c>Jobs</c>).</summary>
public sealed record CycleJobOptions
{
    /// <summary>This node's name in lease holders (the machine name by default).</summary>
    public string Node { get; init; } = Environment.MachineName;

    /// <summary>
    /// How long a cycle job's lease lasts without renewal; renewed as the job works. A crashed node's lease lapses after it.
    /// Zero runs the jobs without a lease: still correct (each step re-checks under a row lock and unique indexes stop
    /// doubles) but every node then does the work; for one node, or to prove exactly that.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Adverts per batch (publishing in one transaction; ids read per batch when shortlisting one advert per transaction).</summary>
    public int AdvertBatchSize { get; init; } = 200;

    /// <summary>Autobid applications read per batch.</summary>
    public int ApplicationBatchSize { get; init; } = 500;
}

/// <summary>
/// Told about each step a cycle job commits. The host registers <see cref="NoCycleJobObserver"/>; tests register one that
/// cancels or throws to stop a job part way (as a crash would) and show that a rerun completes it.
/// </summary>
public interface ICycleJobObserver
{
    /// <summary>After an advert's shortlist (and its event) committed.</summary>
    Task ShortlistCommittedAsync(Guid cycleId, Guid advertId, CancellationToken cancellationToken);
}

/// <summary>Observes nothing.</summary>
public sealed class NoCycleJobObserver : ICycleJobObserver
{
    public Task ShortlistCommittedAsync(Guid cycleId, Guid advertId, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>What a cycle job did.</summary>
public enum CycleJobOutcome
{
    /// <summary>The job ran to the end (the cycle is now open, or closed).</summary>
    Done,
    /// <summary>Not due yet: the cycle opens (or closes) later.</summary>
    NotDue,
    /// <summary>The cycle is not in a state the job applies to (e.g. already open).</summary>
    WrongState,
    /// <summary>Another node holds the job's lease and is doing it.</summary>
    Busy,
    /// <summary>No such cycle.</summary>
    NotFound,
}

/// <summary>The result of running a cycle job for one cycle.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Adverts">Adverts published (opening) or shortlisted (closing) by this run.</param>
/// <param name="Bids">Autobids placed by this run (opening).</param>
public sealed record CycleJobResult(Guid CycleId, CycleJobOutcome Outcome, int Adverts = 0, int Bids = 0);
