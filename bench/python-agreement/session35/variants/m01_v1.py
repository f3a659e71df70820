# BUG: lost update: d[key] += 1 on a Manager dict is a get and a set, two proxy calls that processes interleave
import multiprocessing as mp


def count_words(shared, words):
    for w in words:
        shared[w] = shared.get(w, 0) + 1


if __name__ == "__main__":
    with mp.Manager() as manager:
        counts = manager.dict()
        chunks = [["red", "blue", "red"], ["red", "green"], ["blue", "red"]]
        procs = [mp.Process(target=count_words, args=(counts, chunk)) for chunk in chunks]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        red, blue, green = counts.get("red"), counts.get("blue"), counts.get("green")
    print("counts:", red, blue, green)
    print("red:", red, "expected 4")
