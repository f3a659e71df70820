# CPython 3.11.7, 10 runs: ok sentence=ab (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0).
# WRONG REFUSAL (weft-start f99a086): `text = ""` then `text += w[0]` in a loop: weft says "`text` is read before
# it is assigned (Python raises UnboundLocalError)" at the `+=`. CPython: sentence="ab". Same root as r01: the
# local bound to a string literal is dropped.
import threading

sentence = ""


def build():
    global sentence
    text = ""
    for w in ["alpha", "beta"]:
        text += w[0]
    sentence = text


if __name__ == "__main__":
    t = threading.Thread(target=build)
    t.start()
    t.join()
