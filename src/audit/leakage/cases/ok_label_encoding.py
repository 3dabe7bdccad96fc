# leakage: none
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
df = pd.read_csv("mushrooms.csv")
df = pd.get_dummies(df.drop(columns="class"))
labels = pd.read_csv("mushrooms.csv")["class"].map({"e": 0, "p": 1})
X_train, X_test, y_train, y_test = train_test_split(df, labels, random_state=0)
print(RandomForestClassifier(random_state=0).fit(X_train, y_train).score(X_test, y_test))
