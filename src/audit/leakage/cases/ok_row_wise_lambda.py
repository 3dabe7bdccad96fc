# leakage: none
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
frame = pd.read_csv("loans.csv")
frame["ratio"] = frame.apply(lambda row: row["debt"] / max(row["income"], row.max()), axis=1)
frame["band"] = frame["grade"].map(lambda grade: grade.strip().upper())
frame["term_years"] = frame["term"].apply(lambda months: months / 12)
X_train, X_test, y_train, y_test = train_test_split(frame[["ratio", "term_years"]], frame["default"], random_state=0)
train_medians = X_train.median()
X_train = X_train.fillna(train_medians)
X_test = X_test.fillna(train_medians)
model = LogisticRegression().fit(X_train, y_train)
print(model.score(X_test, y_test))
