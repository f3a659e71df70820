# check: split() with no argument collapses runs of whitespace; split(" ") does not
import threading

out = {}


def tokenize(line):
    out["words"] = len(line.split())
    out["pieces"] = len(line.split(" "))
    out["first"] = line.split()[0]
    out["stripped"] = line.strip()


t = threading.Thread(target=tokenize, args=("  alpha   beta gamma  ",))
t.start()
t.join()
words = out["words"]
pieces = out["pieces"]
first = out["first"]
stripped = out["stripped"]
print(words, pieces, first, repr(stripped))
