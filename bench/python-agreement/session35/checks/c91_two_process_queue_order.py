"""Two processes put tagged items on one Queue; the parent collects all four."""
import multiprocessing as mp

got = []


def send(tag, q):
    for n in range(2):
        q.put(f"{tag}{n}")


if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=send, args=(t, q)) for t in "ab"]
    for p in ps:
        p.start()
    for _ in range(4):
        got.append(q.get())
    for p in ps:
        p.join()
    a_in_order = got.index("a0") < got.index("a1")
    print(sorted(got), a_in_order)
