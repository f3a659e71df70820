# check: text is code points: len, slicing and upper() of non-ASCII strings
import threading

out = {}


def measure(word):
    out["len"] = len(word)
    out["slice"] = word[1:3]
    out["upper"] = word.upper()
    out["rev"] = word[::-1]
    out["rep"] = "ab" * 3


t = threading.Thread(target=measure, args=("héllo",))
t.start()
t.join()
length = out["len"]
piece = out["slice"]
upper = out["upper"]
rev = out["rev"]
rep = out["rep"]
print(length, piece, upper, rev, rep)
