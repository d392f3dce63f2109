using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;

namespace OpenLettings.Infrastructure.Audit;

/// <summary>What is wrong with the audit chain.</summary>
public enum AuditProblemKind
{
    /// <summary>An entry's sequence number is not the one after its predecessor's: an entry is missing (deleted) or the first is not 1.</summary>
    SequenceGap,
    /// <summary>An entry's stored hash is not the hash of its contents: the entry was modified.</summary>
    HashMismatch,
    /// <summary>An entry's previous hash is not its predecessor's hash: entries were removed, inserted or reordered, or a modified entry was re-hashed.</summary>
    PreviousHashMismatch,
    /// <summary>The anchor's entry is not in the log: the log was truncated.</summary>
    AnchorMissing,
    /// <summary>The anchor's entry is there but its hash differs: history was rewritten.</summary>
    AnchorMismatch,
}

/// <summary>The first problem found in the chain.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Sequence">The sequence number at which it was found.</param>
/// <param name="Message">A sentence an operator can act on.</param>
public sealed record AuditProblem(AuditProblemKind Kind, long Sequence, string Message);

/// <summary>The outcome of walking the audit chain.</summary>
/// <param name="EntriesChecked">How many entries were read before stopping.</param>
/// <param name="Problem">The first problem, or null when the chain is intact.</param>
public sealed record AuditVerification(long EntriesChecked, AuditProblem? Problem)
{
    /// <summary>True when every entry is present, unmodified and in order.</summary>
    public bool IsValid => Problem is null;
}

/// <summary>
/// Walks the audit chain from entry 1, streaming (constant memory), and reports the first tampered or
/// missing entry: a sequence gap, a hash that does not match the entry, or a link that does not match the
/// previous entry. A truncated tail leaves no trace in the chain itself; pass an <see cref="AuditAnchor"/>
/// kept elsewhere (from <see cref="AuditLog.HeadAsync"/>) to detect that too.
/// </summary>
public sealed class AuditVerifier(RegisterDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(AuditAnchor? anchor = null, CancellationToken cancellationToken = default)
    {
        long checkedCount = 0;
        var expectedSequence = 1L;
        var previousHash = AuditHash.Genesis;
        var anchorSeen = false;

        await foreach (var entry in db.AuditEntries.OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            checkedCount++;
            if (entry.Sequence != expectedSequence)
            {
                var message = entry.Sequence > expectedSequence
                    ? $"Entry {expectedSequence} is missing: the entry after {expectedSequence - 1} is {entry.Sequence}."
                    : $"Entry {entry.Sequence} appears where entry {expectedSequence} was expected.";
                return new(checkedCount, new(AuditProblemKind.SequenceGap, expectedSequence, message));
            }
            if (AuditHash.Compute(entry) != entry.Hash)
            {
                return new(checkedCount, new(AuditProblemKind.HashMismatch, entry.Sequence,
                    $"Entry {entry.Sequence} has been modified: its contents do not match its hash."));
            }
            if (entry.PreviousHash != previousHash)
            {
                return new(checkedCount, new(AuditProblemKind.PreviousHashMismatch, entry.Sequence,
                    $"Entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: the chain was broken (an entry removed, inserted, reordered or re-hashed)."));
            }
            if (anchor is not null && entry.Sequence == anchor.Sequence)
            {
                if (entry.Hash != anchor.Hash)
                {
                    return new(checkedCount, new(AuditProblemKind.AnchorMismatch, entry.Sequence,
                        $"Entry {entry.Sequence} does not match the anchor kept outside the database: history was rewritten."));
                }
                anchorSeen = true;
            }
            previousHash = entry.Hash;
            expectedSequence++;
        }

        if (anchor is not null && !anchorSeen)
        {
            return new(checkedCount, new(AuditProblemKind.AnchorMissing, anchor.Sequence,
                $"Entry {anchor.Sequence} (the anchor) is missing: the log ends at {expectedSequence - 1}, so it was truncated."));
        }
        return new(checkedCount, null);
    }
}
