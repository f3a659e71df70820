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
