using System.Text.Json.Nodes;

namespace NeverSorry.Content.Publishing;

/// <summary>
/// Two versions of a list paired item by item, so that an edit inside an item reads as that item changed, not as
/// one removed and one added. Equal items pair first; then items with the same key, in order (the second
/// "Producer" credit with the second); then items without a key, by their position among such items.
/// </summary>
internal sealed record ListPairing(
    IReadOnlyList<JsonNode> Added,
    IReadOnlyList<JsonNode> Removed,
    IReadOnlyList<(JsonNode Was, JsonNode Is)> Kept,
    bool Reordered)
{
    public static ListPairing Of(JsonArray? was, JsonArray? @is, Func<JsonNode, string?> key)
    {
        List<JsonNode> old = [.. (was ?? []).OfType<JsonNode>()];
        List<JsonNode> now = [.. (@is ?? []).OfType<JsonNode>()];
        var oldLeft = Enumerable.Range(0, old.Count).ToList();
        var newLeft = Enumerable.Range(0, now.Count).ToList();
        var pairs = new List<(int Old, int New)>();

        void Pair(Func<int, int, bool> match)
        {
            foreach (var o in oldLeft.ToList())
            {
                var found = newLeft.FindIndex(n => match(o, n));
                if (found >= 0)
                {
                    pairs.Add((o, newLeft[found]));
                    oldLeft.Remove(o);
                    newLeft.RemoveAt(found);
                }
            }
        }
        Pair((o, n) => JsonNode.DeepEquals(old[o], now[n]));
        Pair((o, n) => key(old[o]) is { } k && k == key(now[n]));
        var keyless = oldLeft.Where(o => key(old[o]) is null).Zip(newLeft.Where(n => key(now[n]) is null)).ToList();
        foreach (var (o, n) in keyless)
        {
            pairs.Add((o, n));
            oldLeft.Remove(o);
            newLeft.Remove(n);
        }

        var newOrder = pairs.OrderBy(p => p.Old).Select(p => p.New).ToList();
        return new ListPairing(
            [.. newLeft.Select(n => now[n])],
            [.. oldLeft.Select(o => old[o])],
            [.. pairs.OrderBy(p => p.New).Select(p => (old[p.Old], now[p.New]))],
            newOrder.Zip(newOrder.Skip(1)).Any(p => p.First > p.Second));
    }
}
