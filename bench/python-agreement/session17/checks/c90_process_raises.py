# no bug (for the parent): a child process that raises prints a traceback and exits with code 1; the parent carries on
import multiprocessing

checked = 0


def validate(n):
    if n < 0:
        raise ValueError("negative")


if __name__ == "__main__":
    p = multiprocessing.Process(target=validate, args=(-1,))
    p.start()
    p.join()
    checked = 1
    print("checked", checked)
