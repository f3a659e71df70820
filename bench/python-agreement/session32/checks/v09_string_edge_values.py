# String methods on edge cases: unicode case mapping, title with apostrophes, split on runs of spaces.
import threading

r = {}


def work(word, phrase):
    r["upper"] = word.upper()
    r["lower"] = "ÄBC".lower()
    r["title"] = phrase.title()
    r["cap"] = phrase.capitalize()
    r["split"] = len("  a  b   c ".split())
    r["split_sep"] = len("a,,b".split(","))
    r["strip"] = "xyhixy".strip("xy")
    r["len"] = len(word)
    r["swap"] = "aBc".swapcase()
    r["cmp"] = 1 if "Zebra" < "apple" else 0
    r["find_none"] = phrase.find("zz")
    r["rsplit"] = phrase.rsplit(" ", 1)[0]
    r["partition"] = "k=v=w".partition("=")[2]


t = threading.Thread(target=work, args=("straße", "they're bill's friends"))
t.start()
t.join()
print(r)
