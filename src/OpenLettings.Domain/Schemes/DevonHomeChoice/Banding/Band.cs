namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>Devon Home Choice bands, highest need first (001 §17-§41).</summary>
public enum Band
{
    /// <summary>Emergency housing need (001 §17).</summary>
    A,
    /// <summary>High housing need (001 §18-§29).</summary>
    B,
    /// <summary>Medium housing need (001 §30-§33).</summary>
    C,
    /// <summary>Low housing need (001 §34-§37).</summary>
    D,
    /// <summary>No housing need (001 §41).</summary>
    E,
}

/// <summary>Band comparisons. <see cref="Band.A"/> is the highest.</summary>
public static class BandOrder
{
    /// <summary>True when <paramref name="band"/> is a higher need than <paramref name="other"/>.</summary>
    public static bool IsHigherThan(this Band band, Band other) => band < other;

    /// <summary>The higher of two bands.</summary>
    public static Band Highest(Band a, Band b) => a < b ? a : b;

    /// <summary>The band's name as the manual gives it.</summary>
    public static string Describe(this Band band) => band switch
    {
        Band.A => "Band A (Emergency housing need)",
        Band.B => "Band B (High housing need)",
        Band.C => "Band C (Medium housing need)",
        Band.D => "Band D (Low housing need)",
        Band.E => "Band E (No housing need)",
    };
}
