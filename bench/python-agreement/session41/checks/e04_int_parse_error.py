# check: ValueError text from int() of a bad string
import threading

parsed = []
errors = []


def work():
    for raw in ["12", " 7 ", "x9", "3.5", ""]:
        try:
            parsed.append(int(raw))
        except ValueError as e:
            errors.append(str(e))


t = threading.Thread(target=work)
t.start()
t.join()
print(parsed, errors)
