import queue

q = queue.Queue()
seen = {}


def main():
    for name in ["a", "b"]:
        q.put(name)
    if q.qsize() > 1:
        name = q.get()
    seen[name] = 1


if __name__ == "__main__":
    main()
