"""String and dict forms computed in a thread: %-format, format, split maxsplit, rjust, slices, popitem."""
import threading

scores = {"ann": 3, "bob": 5, "cy": 5, "dee": 1}
out = []


def report():
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    out.append(",".join(f"{name}={pts}" for name, pts in ranked))
    out.append("%s-%03d" % ("id", 7))
    out.append("{}:{:>5}".format("x", "ab"))
    head, rest = "a b c d".split(" ", 1)
    out.append(rest)
    out.append("hello"[::-2])
    out.append("7".rjust(3, "0"))
    last = scores.popitem()
    out.append(last[0])
    del scores["ann"]
    scores["ann"] = 9
    out.append("|".join(scores))
    out.append(str(min([], default=-1)))
    out.append(str(sum([1, 2], 10)))
    out.append(str(list(zip([1, 2, 3], "ab"))))


t = threading.Thread(target=report)
t.start()
t.join()
print(out)
