"""sorted(..., key=..., reverse=True) keeps equal items in their original order (it does not sort then reverse)."""
import threading

result = {}


def rank():
    words = ["bb", "a", "cc", "d"]
    result["by_len_desc"] = ",".join(sorted(words, key=len, reverse=True))
    scores = [("ann", 3), ("bob", 5), ("cid", 3), ("dan", 5)]
    ordered = sorted(scores, key=lambda pair: pair[1], reverse=True)
    result["names"] = ",".join(name for name, _ in ordered)
    words.sort(key=len, reverse=True)
    result["in_place"] = ",".join(words)


t = threading.Thread(target=rank)
t.start()
t.join()
print(result)
