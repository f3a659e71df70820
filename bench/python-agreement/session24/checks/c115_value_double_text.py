"""multiprocessing.Value("d") holds a C double: an int stored there reads back as a float ("3.0")."""
import multiprocessing


def add(total, amount):
    with total.get_lock():
        total.value += amount


if __name__ == "__main__":
    total = multiprocessing.Value("d", 0)
    p = multiprocessing.Process(target=add, args=(total, 3))
    p.start()
    p.join()
    shown = f"{total.value}"
    print(shown)
