# check: isalnum, isdigit of empty, isspace, istitle, isupper with digits
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str("abc123".isalnum()))
    parts.append(str("".isdigit()))
    parts.append(str(" \t".isspace()))
    parts.append(str("Hello World".istitle()))
    parts.append(str("ABC1".isupper()))
    parts.append(str("123".isupper()))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
