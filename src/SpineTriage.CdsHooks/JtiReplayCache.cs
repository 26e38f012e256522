using System.Collections.Concurrent;

namespace SpineTriage.CdsHooks;

/// <summary>
/// Remembers the <c>jti</c> of every accepted JWT until it expires, so a token seen once is refused the second time (the
/// CDS Hooks specification makes <c>jti</c> required "to protect against replay attacks"). Entries are dropped once their
/// token has expired (an expired token is refused anyway); memory is bounded by the tokens accepted within
/// <see cref="CdsHooksOptions.MaxTokenLifetime"/>.
/// </summary>
internal sealed class JtiReplayCache(TimeProvider time)
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private DateTimeOffset nextPurge = DateTimeOffset.MinValue;

    /// <summary>The number of identifiers remembered.</summary>
    public int Count => seen.Count;

    /// <summary>Records a token's issuer and jti; false when it was already recorded and has not expired.</summary>
    public bool TryRecord(string issuer, string jti, DateTimeOffset expires)
    {
        var now = time.GetUtcNow();
        PurgeIfDue(now);
        var key = issuer + "\n" + jti;
        if (seen.TryAdd(key, expires))
        {
            return true;
        }

        return seen.TryGetValue(key, out var recorded) && recorded < now && seen.TryUpdate(key, expires, recorded);
    }

    private void PurgeIfDue(DateTimeOffset now)
    {
        if (now < nextPurge)
        {
            return;
        }

        nextPurge = now + PurgeInterval;
        foreach (var (key, expires) in seen)
        {
            if (expires < now)
            {
                seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, expires));
            }
        }
    }
}
