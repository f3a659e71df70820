# check: a program's exception hierarchy: except AppError catches DbError; except ArithmeticError catches ZeroDivisionError
import threading


class AppError(Exception):
    pass


class DbError(AppError):
    pass


result = 0
divisor = 1


def reset():
    global divisor
    divisor = 0


def query():
    raise DbError("down")


def worker():
    global result
    reset()
    try:
        query()
    except AppError:
        result += 1
    try:
        x = 10 // divisor
    except ArithmeticError:
        result += 10


t = threading.Thread(target=worker)
t.start()
t.join()
print(result)
