namespace OpenLettings.Testing;

/// <summary>A clock the test sets; timers still run on real time (retries wait a few milliseconds).</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
