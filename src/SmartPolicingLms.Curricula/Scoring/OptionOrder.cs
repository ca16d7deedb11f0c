using System.Security.Cryptography;
using System.Text;

namespace SmartPolicingLms.Curricula.Scoring;

/// <summary>
/// The order a recruit sees a question's options in: shuffled, but the same every time that
/// recruit comes back to that question on any device, and the same on every machine.
/// </summary>
public static class OptionOrder
{
    /// <summary>A permutation of 0..count-1 for this recruit and question; identity when not shuffled.</summary>
    /// <param name="recruitKey">Stable for the recruit and test, such as an enrolment id with the test kind.</param>
    /// <param name="questionKey">The question's stable id.</param>
    /// <param name="count">Number of options.</param>
    /// <param name="shuffle">False keeps the written order.</param>
    public static int[] For(string recruitKey, string questionKey, int count, bool shuffle)
    {
        var order = Enumerable.Range(0, count).ToArray();
        if (!shuffle || count < 2) return order;
        // A seed from SHA-256 rather than string.GetHashCode, which differs between processes.
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(recruitKey + "\n" + questionKey));
        var state = BitConverter.ToUInt64(seed, 0) | 1;
        for (var i = count - 1; i > 0; i--)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            var j = (int)(state % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
