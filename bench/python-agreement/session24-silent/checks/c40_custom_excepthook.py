import threading

caught = []


def hook(args):
    caught.append(args.exc_type.__name__)


threading.excepthook = hook


def work():
    raise ValueError("bad")


t = threading.Thread(target=work)
t.start()
t.join()
print(caught)
