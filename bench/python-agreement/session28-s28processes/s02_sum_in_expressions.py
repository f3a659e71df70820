"""The main process takes lists a child puts on a queue and uses their sums inside expressions: an
operand, another operand and an f-string (`sum` of lists known only at run time)."""
import multiprocessing as mp

doubled = 0
running = 0
text = ""


def child(out):
    out.put([1, 2, 3])
    out.put([4, 5])
    out.put([])


def main():
    global doubled, running, text
    out = mp.Queue()
    p = mp.Process(target=child, args=(out,))
    p.start()
    first = out.get()
    doubled = sum(first) * 2
    second = out.get()
    running = sum(second) + len(second)
    third = out.get()
    text = f"{sum(third)} of {len(third)}"
    p.join()
    print(doubled, running, text)


if __name__ == "__main__":
    main()
