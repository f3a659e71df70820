import threading

class AppError(Exception):
    pass

class NotFound(AppError):
    pass

caught = ""

def worker():
    global caught
    try:
        raise NotFound("x")
    except AppError:
        caught = "app"

t = threading.Thread(target=worker)
t.start()
t.join()
