order = list({30, 10, 20})
