# join(timeout) of a quick child: on Linux it has finished well within 30 ms
import multiprocessing as mp


def child():
    pass


if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join(timeout=0.03)
    finished = 0 if p.is_alive() else 1
    p.join()
    print(finished)
