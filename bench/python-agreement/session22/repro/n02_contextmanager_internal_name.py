# REFUSAL NAMING AN INTERNAL NAME (not silent): the message asks to bind `traced_name`, a name the program does not have (the @contextmanager's parameter as weft writes it out)
import contextlib
import threading

log = []


@contextlib.contextmanager
def traced(name):
    log.append(f"enter {name}")
    yield
    log.append(f"exit {name}")


def worker(name):
    try:
        with traced(name):
            raise ValueError(name)
    except ValueError:
        log.append(f"caught {name}")


t = threading.Thread(target=worker, args=("a",))
t.start()
t.join()
print(log)
