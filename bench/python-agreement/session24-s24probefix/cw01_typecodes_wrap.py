"""Each integer typecode of multiprocessing.Value wraps at its C width when a child stores past it."""
import multiprocessing


def push(small, usmall, short, ushort, word, uword, wide):
    small.value += 10
    usmall.value -= 3
    short.value += 100
    ushort.value += 10
    word.value -= 10
    uword.value -= 1
    wide.value += 5


if __name__ == "__main__":
    small = multiprocessing.Value("b", 125)
    usmall = multiprocessing.Value("B", 1)
    short = multiprocessing.Value("h", 32700)
    ushort = multiprocessing.Value("H", 65530)
    word = multiprocessing.Value("i", -2147483640)
    uword = multiprocessing.Value("I", 0)
    wide = multiprocessing.Value("q", 2147483647)
    p = multiprocessing.Process(target=push, args=(small, usmall, short, ushort, word, uword, wide))
    p.start()
    p.join()
    b = small.value
    ub = usmall.value
    h = short.value
    uh = ushort.value
    i = word.value
    ui = uword.value
    q = wide.value
    print(b, ub, h, uh, i, ui, q)
