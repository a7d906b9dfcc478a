// Small hand-written name vocabularies for the synthetic benchmark data (bench/synthetic.mjs).
// Common given names and surnames of each culture family, written for this benchmark; they
// describe no real listed person. Space-separated strings keep the file short; `|` pairs a
// Latin transliteration with its native-script spelling.

const w = (s) => s.trim().split(/\s+/);
const pairs = (s) => w(s).map((p) => { const [latin, native] = p.split("|"); return { latin: latin.replaceAll("_", " "), native: native?.replaceAll("_", " ") }; });

export const ANGLO = {
  male: w(`James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Bryan Jordan Albert Dylan Bruce Gabriel Alan Logan Wayne Ralph Roy Eugene Vincent Russell Louis Philip Bradley Oliver Harry Liam Owen Callum Rhys Connor Declan Hamish Angus Duncan Graham Neil Colin Ian Malcolm Stuart Gordon`),
  female: w(`Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Rachel Carolyn Janet Catherine Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Charlotte Marie Kayla Alexis Fiona Siobhan Eilidh Bronwyn Chloe Zoe Poppy Imogen Harriet`),
  surnames: w(`Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Graham Hamilton Wallace Hayes Murray Ford Marshall Owens McDonald Harrison Kennedy Wells Palmer Lloyd Hunt Black Stone Fletcher Holmes Knight Spencer Webb Ellis Armstrong O'Brien O'Connor O'Neill McCarthy Fitzgerald Gallagher Doyle Byrne Quinn Walsh MacLeod MacKenzie Fraser Robertson Thomson Davies Pritchard Blackwood Ashworth Whitfield Hargreaves Pemberton Thornton Radcliffe Kingsley Sutherland`),
  countries: w("GB US CA AU NZ IE"),
};

export const HISPANIC = {
  male: w(`José Juan Luis Carlos Jorge Manuel Francisco Antonio Miguel Pedro Alejandro Fernando Ricardo Javier Rafael Diego Sergio Andrés Eduardo Roberto Pablo Raúl Alberto Enrique Héctor Ramón Arturo Guillermo Gustavo Óscar Mario Julio Rubén Víctor Ignacio Emilio Gonzalo Hugo Adrián Iván Álvaro Santiago Mateo Sebastián Nicolás Martín Tomás Joaquín Agustín Felipe Rodrigo Esteban Mauricio Lorenzo Salvador Alfonso Ernesto Gerardo Rogelio Armando Leonardo Marcos Cristian Fabián Camilo Gilberto Octavio Valentín Ezequiel Ángel Jesús Domingo Fidel Benito`),
  female: w(`María Carmen Ana Isabel Laura Marta Lucía Elena Cristina Paula Sara Raquel Rosa Pilar Teresa Beatriz Silvia Patricia Alicia Gabriela Verónica Daniela Valentina Camila Sofía Mariana Fernanda Adriana Andrea Claudia Lorena Natalia Carolina Paola Alejandra Guadalupe Mercedes Dolores Esperanza Luz Inés Julia Victoria Ximena Catalina Florencia Agustina Rocío Nuria Montserrat Consuelo Soledad Marisol Yolanda Gloria Leticia Norma Irene Eva Ángela Margarita Josefina Luisa Esther`),
  surnames: w(`García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Díez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Montero Hidalgo Giménez Ibáñez Ferrer Durán Benítez Mora Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Bravo Gallardo Rojas Pacheco Mendoza Salazar Espinoza Zapata Quintero Villanueva Echeverría Arellano Bustamante Cárdenas Figueroa Maldonado Valenzuela Sandoval`),
  countries: w("ES MX AR CO CL PE VE EC GT"),
};

export const LUSOPHONE = {
  male: w(`João António Francisco José Manuel Pedro Paulo Luís Carlos Miguel Rui Tiago Diogo Gonçalo Rodrigo Duarte Afonso Tomás Vasco Nuno Sérgio Fernando Ricardo Bruno Marcelo Gustavo Thiago Felipe Leandro Rafael Mateus Lucas Gabriel Guilherme Vinícius Caio Henrique Otávio Rogério Jorge Álvaro Joaquim Sebastião Fábio Renato Edson Cristiano Júlio`),
  female: w(`Maria Ana Beatriz Inês Mariana Catarina Joana Sofia Rita Leonor Matilde Carolina Francisca Margarida Teresa Luísa Helena Fernanda Juliana Larissa Camila Gabriela Fabiana Letícia Vitória Aline Tatiana Priscila Adriana Renata Patrícia Cláudia Sandra Cristina Graça Conceição Fátima Lurdes Rosário Isabel Raquel Bruna Débora Luana Thaís Yasmin`),
  surnames: w(`Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço Castro Figueiredo Azevedo Freitas Barros Batista Campos Nascimento Moura Cavalcanti Albuquerque Magalhães Vasconcelos Guimarães Peixoto Brandão Loureiro Queiroz Sampaio Amaral Bezerra Dias Farias`),
  particles: w("da dos de das e"),
  countries: w("PT BR AO MZ CV"),
};

export const FRENCH = {
  male: w(`Jean Pierre Michel André Philippe Alain Jacques Bernard Christophe Nicolas Laurent Sébastien Julien Olivier Thierry Éric Stéphane François Patrick Frédéric Pascal Didier Guillaume Antoine Mathieu Vincent Benoît Yves Luc Gilles Hervé Romain Maxime Thomas Alexandre Étienne Lucas Hugo Théo Louis Raphaël Arthur Jules Gabriel Baptiste Clément Quentin Yannick Gérard Marcel René Claude Lionel Cédric Florian`),
  female: w(`Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Monique Sandrine Sophie Céline Stéphanie Aurélie Julie Camille Chloé Léa Manon Emma Inès Louise Jade Clémence Élodie Margaux Pauline Mathilde Amélie Hélène Brigitte Martine Nicole Chantal Danielle Josiane Geneviève Véronique Virginie Émilie Anaïs Océane Capucine Solène Gaëlle Maëlle Agathe Juliette Marion Lucie`),
  surnames: w(`Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Fontaine Chevalier Robin Masson Gérard Boyer Denis Lemaire Duval Joly Gautier Roger Roche Noël Meyer Meunier Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt Leroux Colin Renard Arnaud Rolland Caron Aubert Giraud Leclerc Bourgeois Renaud Lemoine Picard Gaillard Leclercq Lacroix Fabre Dupuis Hubert Guillot Rivière Le_Gall Le_Roux Deschamps Beaumont Delacroix Desjardins Lavigne de_Villiers de_la_Tour`).map((s) => s.replaceAll("_", " ")),
  countries: w("FR BE CH CA LU MC"),
};

export const GERMAN = {
  male: w(`Hans Peter Wolfgang Klaus Jürgen Dieter Michael Thomas Andreas Stefan Frank Uwe Bernd Ralf Werner Manfred Günter Horst Helmut Heinz Gerhard Karl Josef Walter Friedrich Matthias Markus Christian Martin Torsten Sven Jörg Dirk Holger Rainer Lukas Jonas Leon Finn Paul Felix Maximilian Niklas Tobias Florian Sebastian Philipp Moritz Johannes Benedikt Dominik Kai Lars Malte Henning Volker Ulrich Reinhard Siegfried Gottfried Konrad`),
  female: w(`Ursula Monika Petra Sabine Renate Helga Karin Brigitte Ingrid Gisela Andrea Susanne Claudia Birgit Gabriele Heike Stefanie Nicole Katrin Anja Julia Anna Lena Leonie Lea Hannah Laura Lisa Sarah Johanna Sophie Marie Charlotte Emilia Greta Frieda Mila Ida Elke Dagmar Silke Anke Ute Annegret Hildegard Waltraud Irmgard Liselotte Jutta Kerstin Nadine Jana Franziska Theresa Verena`),
  surnames: w(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Eichhorn Rosenberg Lindner Steinbach Großmann Eckert Oberhauser von_Brenken von_Hallberg`).map((s) => s.replaceAll("_", " ")),
  countries: w("DE AT CH LI"),
};

// Russian and other East Slavic names in Cyrillic (transliterated at run time). A male given
// name with `/stem` forms patronymics: stem + "ич" (male) or "на" (female).
export const SLAVIC_CYRILLIC = {
  male: w(`Александр/Александров Алексей/Алексеев Андрей/Андреев Антон/Антонов Артём/Артёмов Борис/Борисов Вадим/Вадимов Валентин/Валентинов Валерий/Валерьев Василий/Васильев Виктор/Викторов Виталий/Витальев Владимир/Владимиров Владислав/Владиславов Вячеслав/Вячеславов Геннадий/Геннадьев Георгий/Георгиев Глеб/Глебов Григорий/Григорьев Денис/Денисов Дмитрий/Дмитриев Евгений/Евгеньев Егор/Егоров Иван/Иванов Игорь/Игорев Илья Кирилл/Кириллов Константин/Константинов Леонид/Леонидов Максим/Максимов Михаил/Михайлов Никита Николай/Николаев Олег/Олегов Павел/Павлов Пётр/Петров Роман/Романов Руслан/Русланов Сергей/Сергеев Станислав/Станиславов Степан/Степанов Тимофей/Тимофеев Фёдор/Фёдоров Юрий/Юрьев Ярослав/Ярославов Аркадий/Аркадьев Анатолий/Анатольев Эдуард/Эдуардов Семён/Семёнов Лев/Львов Матвей/Матвеев Богдан/Богданов Тарас/Тарасов Остап/Остапов Мирослав/Мирославов`),
  female: w(`Анна Мария Елена Ольга Наталья Ирина Татьяна Светлана Екатерина Юлия Анастасия Дарья Ксения Людмила Галина Надежда Марина Валентина Вера Любовь Алла Лариса Нина Зоя Полина Алина Виктория Евгения Елизавета Софья Маргарита Кристина Вероника Оксана Олеся Лилия Ульяна Яна Алёна Жанна Тамара Раиса Инна Диана Карина Милана Ангелина Варвара`),
  surnames: w(`Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин Воронов Аксёнов Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Хохлов Фадеев Молчанов Игнатов Литвинов Ершов Ушаков Рябов Мухин Калашников Лобанов Бородин Платонов Некрасов Бобров Жданов Блинов Коротков Муравьёв Дроздов Лавров Зуев Петухов Ларин Серов Зотов Устинов Фокин Самойлов Сахаров Шишкин Черкасов Чистяков Носов Воронцов Зверев Нечаев Седов Головин Терехов Шестаков Гордеев Кожевников Зимин Широков Суворов Любимов Покровский Никольский Петровский Вишневский Шевченко Бондаренко Коваленко Ткаченко Кравченко Олейник Шевчук Коваль Бойко Мельник Лысенко Марченко Руденко Савченко Петренко Кузьменко Павленко Левченко Клименко Литвиненко`),
  countries: w("RU UA BY KZ BG KG"),
};

export const SLAVIC_LATIN = [
  {
    // Polish
    male: w(`Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz Jakub Łukasz Mateusz Wojciech Kamil Maciej Marek Rafał Adam Dariusz Jacek Zbigniew Stanisław Tadeusz Jerzy Wiesław Szymon Bartosz Przemysław`),
    female: w(`Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Beata Dorota Justyna Karolina Marta Jadwiga Halina Weronika Izabela`),
    surnames: w(`Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski`),
    feminine: (s) => s.replace(/ski$/, "ska").replace(/cki$/, "cka").replace(/dzki$/, "dzka"),
    suffixes: w("ski cki czyk ak ek iak owicz ewicz uk"),
    countries: w("PL"),
  },
  {
    // Czech
    male: w(`Jiří Jan Petr Josef Pavel Martin Jaroslav Tomáš Miroslav Zdeněk Václav Michal František Karel Milan Lukáš Ondřej Vojtěch Radek`),
    female: w(`Jana Marie Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Veronika Tereza Markéta`),
    surnames: w(`Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil Pokorný Hájek Král Jelínek Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák`),
    feminine: (s) => (s.endsWith("ý") ? s.slice(0, -1) + "á" : s.endsWith("a") ? s.slice(0, -1) + "ová" : s + "ová"),
    suffixes: w("ek ák ík ka ný ský an"),
    countries: w("CZ SK"),
  },
  {
    // Serbian, Croatian, Bosnian (Latin)
    male: w(`Ivan Marko Luka Josip Nikola Stjepan Tomislav Dragan Zoran Goran Milan Dejan Nenad Aleksandar Miloš Vladimir Branko Slobodan Srđan Dušan Željko`),
    female: w(`Ivana Ana Marija Jelena Maja Katarina Snežana Dragana Milica Tijana Vesna Gordana Mirjana`),
    surnames: w(`Horvat Kovačević Babić Marić Jurić Knežević Vuković Marković Petrović Jovanović Nikolić Ilić Đorđević Pavlović Stojanović Popović Mitrović Živković Radovanović Lukić Tomić Kostić Savić Stanković Hadžić Begović`),
    feminine: (s) => s,
    suffixes: w("ić ović ević anin ac"),
    countries: w("RS HR BA ME"),
  },
];

export const ARABIC = {
  male: pairs(`Muhammad|محمد Ahmad|أحمد Ali|علي Hassan|حسن Hussein|حسين Omar|عمر Khalid|خالد Ibrahim|إبراهيم Youssef|يوسف Abdullah|عبد_الله Abdulrahman|عبد_الرحمن Abdulaziz|عبد_العزيز Mustafa|مصطفى Mahmoud|محمود Said|سعيد Salem|سالم Saleh|صالح Hamza|حمزة Tariq|طارق Faisal|فيصل Nasser|ناصر Walid|وليد Karim|كريم Samir|سمير Jamal|جمال Adel|عادل Rashid|راشد Majid|ماجد Bilal|بلال Ziad|زياد Yasser|ياسر Nabil|نبيل Fadi|فادي Imad|عماد Marwan|مروان Osama|أسامة Sami|سامي Anas|أنس Khalil|خليل Ismail|إسماعيل Yahya|يحيى Zakaria|زكريا Suleiman|سليمان Idris|إدريس Hamad|حمد Mansour|منصور Sultan|سلطان Turki|تركي Fahd|فهد Badr|بدر Nawaf|نواف Ayman|أيمن Hisham|هشام Ghassan|غسان Raed|رائد Qasim|قاسم Jaber|جابر Amer|عامر Mohannad|مهند Hamdi|حمدي Tamer|تامر Abbas|عباس Jafar|جعفر Haider|حيدر Moussa|موسى Issa|عيسى Younis|يونس Saad|سعد Sharif|شريف Mounir|منير`),
  female: pairs(`Fatima|فاطمة Aisha|عائشة Maryam|مريم Khadija|خديجة Zainab|زينب Layla|ليلى Noor|نور Huda|هدى Amina|أمينة Salma|سلمى Rania|رانيا Hala|هالة Dina|دينا Reem|ريم Sara|سارة Yasmin|ياسمين Lina|لينا Mona|منى Nadia|نادية Samira|سميرة Asma|أسماء Hanan|حنان Iman|إيمان Rasha|رشا Abeer|عبير Ghada|غادة Dalia|داليا Souad|سعاد Widad|وداد Aya|آية Manal|منال Suha|سهى Lubna|لبنى Rima|ريما Nisreen|نسرين Maha|مها Wafa|وفاء Jamila|جميلة Zahra|زهراء`),
  surnames: pairs(`Al-Masri|المصري Al-Sayed|السيد Haddad|حداد Khoury|خوري Al-Hashimi|الهاشمي Al-Rashid|الرشيد Al-Qahtani|القحطاني Al-Ghamdi|الغامدي Al-Otaibi|العتيبي Al-Harbi|الحربي Al-Zahrani|الزهراني Al-Shehri|الشهري Al-Dosari|الدوسري Al-Mutairi|المطيري Al-Anazi|العنزي Al-Shammari|الشمري Al-Tamimi|التميمي Al-Jaber|الجابر Al-Khatib|الخطيب Hamdan|حمدان Al-Amin|الأمين Al-Bakri|البكري Al-Hakim|الحكيم Al-Najjar|النجار Al-Attar|العطار Al-Sharif|الشريف Al-Kurdi|الكردي Al-Halabi|الحلبي Al-Baghdadi|البغدادي Al-Jubouri|الجبوري Al-Obeidi|العبيدي Al-Dulaimi|الدليمي Al-Saadi|السعدي Al-Azzawi|العزاوي Al-Hussaini|الحسيني Al-Musawi|الموسوي Al-Zubaidi|الزبيدي Al-Khalidi|الخالدي Al-Ansari|الأنصاري Al-Farsi|الفارسي Al-Balushi|البلوشي Al-Hinai|الهنائي Al-Kuwari|الكواري Al-Nuaimi|النعيمي Al-Mazrouei|المزروعي Al-Ketbi|الكتبي Al-Falasi|الفلاسي Darwish|درويش Barakat|بركات Yassin|ياسين Shaheen|شاهين Awad|عوض Odeh|عودة Abu_Zeid|أبو_زيد Benjelloun|بنجلون El-Fassi|الفاسي Bennani|بناني Tazi|التازي Alaoui|العلوي Idrissi|الإدريسي Belkacem|بلقاسم Bouzid|بوزيد Cherif|شريف Mebarki|مباركي Trabelsi|الطرابلسي Jebali|الجبالي Gharbi|الغربي`),
  countries: w("SA AE EG JO LB SY IQ MA DZ TN QA KW OM YE LY SD"),
};

export const PERSIAN = {
  male: w(`Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Mahmoud Ahmad Hassan Javad Mostafa Morteza Mojtaba Abbas Akbar Asghar Davood Ebrahim Farhad Fariborz Farshid Behrouz Behzad Bahram Babak Kourosh Dariush Kaveh Siavash Shahram Shahrokh Masoud Navid Omid Payam Pouya Ramin Sina Soroush Vahid Yousef Hadi Iman Kamran Keyvan Arash Arman Ehsan Mohsen Nader Parviz Rostam Sohrab Jalal Esmail Gholamreza Alireza Mohammadreza Hamidreza Amirhossein`),
  female: w(`Fatemeh Zahra Maryam Masoumeh Zeinab Sakineh Narges Leila Mahsa Niloufar Shirin Parisa Azadeh Elham Fereshteh Roya Samira Sara Mina Nasrin Parvin Soheila Tahmineh Golnaz Bahar Negar Haleh Yasaman Setareh Ladan Mitra Shahla Simin Farzaneh Mahnaz Nazanin Arezoo Ziba Homa Katayoun`),
  surnames: w(`Ahmadi Mohammadi Hosseini Rezaei Moradi Karimi Hashemi Jafari Rahimi Mousavi Ghasemi Sadeghi Heidari Najafi Abbasi Rostami Sharifi Bagheri Kazemi Amini Akbari Ebrahimi Mahmoudi Salehi Shirazi Tehrani Esfahani Tabrizi Kermani Yazdi Ghorbani Nouri Safavi Tavakoli Zamani Jalali Soltani Asadi Farahani Golzari Mirzaei Azizi Alavi Kamali Nazari Ranjbar`),
  countries: w("IR AF TJ"),
};

export const TURKISH = {
  male: w(`Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Salih Kemal Recep Fatih Emre Burak Serkan Volkan Cem Can Kaan Barış Tolga Onur Uğur Engin Erkan Gökhan Hakan Levent Orhan Selim Tuncay Yasin Zeki Arda Berk Deniz Efe Eren Kerem Ozan Umut Furkan Enes Oğuz Taner Sinan`),
  female: w(`Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Sultan Zehra Hülya Esra Merve Büşra Özlem Derya Gülşen Sevgi Aylin Burcu Ceren Ebru Gizem Pınar Seda Tuğba Yasemin Ecem İrem Nur Nurcan Songül Filiz Gül Aslı Dilek Leyla Melek Şule`),
  surnames: w(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Karaca Erdem Tuncer Başaran Karakaya Kocabaş Akgül Sönmez Tunç Uçar Ergün Toprak Metin Altun Duman Oral`),
  countries: w("TR CY AZ"),
};

export const SOUTH_ASIAN = {
  male: w(`Rajesh Suresh Ramesh Mahesh Rakesh Anil Sunil Vijay Sanjay Ajay Amit Sumit Rohit Rahul Vikram Arjun Karan Rohan Aditya Siddharth Arvind Ashok Deepak Dinesh Ganesh Harish Jagdish Kiran Manoj Mukesh Naresh Pradeep Praveen Rajendra Ravi Sachin Sandeep Satish Shankar Srinivas Venkatesh Vinod Yogesh Abhishek Ankit Gaurav Nikhil Varun Vivek Imran Irfan Asif Kamran Faisal Shahid Zahid Tariq Junaid Bilal Usman Waqar Adnan Naveed Rizwan Salman Sohail Wasim Aamir Fahad Nadeem Shoaib Arif Rafiq Anwar Mizanur Habibur Rashidul Saiful Shafiqul Aminul Kamal Nimal Chaminda Ruwan`),
  female: w(`Priya Pooja Neha Anjali Kavita Sunita Anita Rekha Meena Lakshmi Deepa Divya Shweta Sneha Swati Nisha Ritu Pallavi Preeti Aarti Geeta Sita Radha Padma Usha Asha Nandini Shalini Shruti Ayesha Sana Hina Nadia Farah Saima Rabia Sadia Uzma Nazia Shabnam Rukhsana Nasreen Fariha Tahmina Nusrat Shirin Rumana Chathurika Dilani`),
  surnames: w(`Sharma Verma Gupta Singh Kumar Patel Shah Mehta Desai Joshi Kulkarni Deshpande Patil Jadhav Pawar Shinde Chavan Reddy Rao Naidu Nair Menon Pillai Iyer Iyengar Krishnan Subramanian Venkataraman Raghavan Srinivasan Chatterjee Banerjee Mukherjee Bose Das Dutta Ghosh Sen Roy Chakraborty Bhattacharya Sinha Mishra Tiwari Pandey Dubey Tripathi Shukla Srivastava Saxena Agarwal Bansal Goel Jain Malhotra Kapoor Khanna Chopra Bhatia Arora Sethi Grewal Sandhu Gill Dhillon Sidhu Khan Ahmed Hussain Qureshi Siddiqui Chaudhry Malik Butt Sheikh Mirza Baig Rana Rahman Hossain Islam Uddin Chowdhury Talukdar Sarkar Akter Begum Perera Fernando Jayawardena Wickramasinghe Bandara Gunawardena`),
  countries: w("IN PK BD LK NP"),
};

export const CHINESE = {
  surnames: w(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Dai Cui Fan Qiu Jia Xia Wan Tan Liao Kong Bai Shi Mao Hao Qin Gu Hou Meng Xiong Qian Yin Long Duan Lei Tao Hong Wen Chang Kang Yan Shao Qi Ouyang Sima`),
  syllables: w(`wei fang na min jing li qiang lei jun yong yan jie tao ming chao xiu hua ping gang gui hong hui xin yu long bo bin yi jian hao yuan jia lin ting xue mei dan lan qing xia yun zhen cheng kai peng fei feng rui xiang zhi wen guo dong hai tian le shan bing lu chun kun chen qi xuan zi yang ying shu ning xiao`),
  // Wade–Giles and Cantonese spellings of some surnames: romanisation variants.
  variants: { Zhang: ["Chang", "Cheung"], Chen: ["Chan", "Chen"], Wang: ["Wong"], Li: ["Lee", "Lei"], Huang: ["Wong", "Hwang"], Wu: ["Ng", "Woo"], Zhou: ["Chow", "Chou"], Xu: ["Hsu", "Tsui"], Lin: ["Lam"], Liu: ["Lau"], Guo: ["Kwok", "Kuo"], He: ["Ho"], Gao: ["Ko", "Kao"], Zheng: ["Cheng", "Cheng"], Liang: ["Leung"], Xie: ["Tse", "Hsieh"], Cai: ["Tsai", "Choi"], Ye: ["Yip", "Yeh"], Deng: ["Tang", "Teng"], Zhao: ["Chiu", "Chao"], Yang: ["Yeung"], Jiang: ["Chiang", "Kong"], Zhu: ["Chu", "Chu"], Qian: ["Chien"] },
  countries: w("CN CN CN HK SG TW MY"),
};

export const JAPANESE = {
  surnames: w(`Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo`),
  male: w(`Hiroshi Takashi Kenji Satoshi Makoto Takeshi Kazuki Daiki Shota Yuki Haruto Sota Yuto Ren Riku Kaito Hayato Kenta Ryota Shun Tsubasa Naoki Masato Yusuke Daisuke Kohei Takumi Akira Hideki Koji Masahiro Noboru Osamu Shigeru Tetsuya Toshio Yoshio Yuji Kazuo Isamu Minoru Hideo Tadashi`),
  female: w(`Yuko Keiko Akiko Tomoko Yoko Naoko Michiko Sachiko Kazuko Hiroko Yumi Ayumi Mayumi Megumi Kaori Yui Aoi Hina Sakura Rin Mio Yuna Haruka Misaki Nanami Ayaka Mai Emi Nozomi Chiaki Asuka Erika Miho Natsuki Rie Saori Shiori Yoshiko Fumiko Emiko`),
  countries: w("JP"),
};

// Korean surnames and given-name syllables: Hangul | DPRK (McCune–Reischauer without marks) |
// South Korean Revised Romanization | common Western spelling.
export const KOREAN = {
  surnames: w(`김|Kim|Gim|Kim 리|Ri|I|Lee 이|Ri|Yi|Lee 박|Pak|Bak|Park 최|Choe|Choe|Choi 정|Jong|Jeong|Chung 강|Kang|Gang|Kang 조|Jo|Jo|Cho 윤|Yun|Yun|Yoon 장|Jang|Jang|Chang 림|Rim|Im|Lim 한|Han|Han|Han 오|O|O|Oh 서|So|Seo|Suh 신|Sin|Sin|Shin 권|Kwon|Gwon|Kwon 황|Hwang|Hwang|Hwang 안|An|An|Ahn 송|Song|Song|Song 류|Ryu|Yu|Yoo 전|Jon|Jeon|Chun 홍|Hong|Hong|Hong 고|Ko|Go|Koh 문|Mun|Mun|Moon 량|Ryang|Yang|Yang 손|Son|Son|Sohn 배|Pae|Bae|Bae 백|Paek|Baek|Paik 허|Ho|Heo|Huh 남|Nam|Nam|Nam 로|Ro|No|Roh 하|Ha|Ha|Ha 곽|Kwak|Gwak|Kwak 성|Song|Seong|Sung 차|Cha|Cha|Cha 주|Ju|Ju|Joo 우|U|U|Woo 구|Ku|Gu|Koo 라|Ra|Na|Na 민|Min|Min|Min 진|Jin|Jin|Jin 지|Ji|Ji|Chi 엄|Om|Eom|Um 채|Chae|Chae|Chae 원|Won|Won|Won 천|Chon|Cheon|Chun 방|Pang|Bang|Bang 공|Kong|Gong|Kong 현|Hyon|Hyeon|Hyun 함|Ham|Ham|Hahm 변|Pyon|Byeon|Byun 염|Yom|Yeom|Yeom 여|Yo|Yeo|Yeo 추|Chu|Chu|Choo 도|To|Do|Doh 석|Sok|Seok|Suk 선|Son|Seon|Sun 설|Sol|Seol|Sul 마|Ma|Ma|Ma 길|Kil|Gil|Kil 연|Yon|Yeon|Yeon 표|Pyo|Pyo|Pyo 명|Myong|Myeong|Myung 기|Ki|Gi|Ki 반|Pan|Ban|Ban 왕|Wang|Wang|Wang 금|Kum|Geum|Keum 옥|Ok|Ok|Ok 인|In|In|In 탁|Thak|Tak|Tak 국|Kuk|Guk|Kook 은|Un|Eun|Eun 용|Yong|Yong|Yong 경|Kyong|Gyeong|Kyung 봉|Pong|Bong|Bong`).map((s) => { const [hangul, dprk, rr, western] = s.split("|"); return { hangul, dprk, rr, western }; }),
  syllables: w(`철|Chol|Cheol 수|Su|Su 영|Yong|Yeong 호|Ho|Ho 민|Min|Min 준|Jun|Jun 성|Song|Seong 혁|Hyok|Hyeok 일|Il|Il 남|Nam|Nam 광|Kwang|Gwang 명|Myong|Myeong 용|Yong|Yong 진|Jin|Jin 현|Hyon|Hyeon 경|Kyong|Gyeong 국|Kuk|Guk 동|Tong|Dong 학|Hak|Hak 석|Sok|Seok 춘|Chun|Chun 희|Hui|Hui 순|Sun|Sun 옥|Ok|Ok 숙|Suk|Suk 미|Mi|Mi 정|Jong|Jeong 은|Un|Eun 금|Kum|Geum 향|Hyang|Hyang 혜|Hye|Hye 주|Ju|Ju 선|Son|Seon 룡|Ryong|Ryong 길|Kil|Gil 복|Pok|Bok 만|Man|Man 창|Chang|Chang 근|Kun|Geun 천|Chon|Cheon 훈|Hun|Hun 환|Hwan|Hwan 기|Ki|Gi 원|Won|Won 택|Thaek|Taek 식|Sik|Sik 태|Thae|Tae 상|Sang|Sang 우|U|U 하|Ha|Ha 연|Yon|Yeon 지|Ji|Ji 세|Se|Se 윤|Yun|Yun 재|Jae|Jae 승|Sung|Seung 봉|Pong|Bong 강|Kang|Gang 송|Song|Song 덕|Tok|Deok 련|Ryon|Ryeon 란|Ran|Ran 심|Sim|Sim 애|Ae|Ae 화|Hwa|Hwa 실|Sil|Sil 범|Pom|Beom 웅|Ung|Ung 삼|Sam|Sam 두|Tu|Du 규|Kyu|Gyu 빈|Pin|Bin 서|So|Seo 아|A|A 예|Ye|Ye 나|Na|Na 유|Yu|Yu 휘|Hwi|Hwi 혁|Hyok|Hyeok 명|Myong|Myeong`).map((s) => { const [hangul, dprk, rr] = s.split("|"); return { hangul, dprk, rr }; }),
  countries: w("KR KR KR KP"),
};

export const VIETNAMESE = {
  surnames: w(`Nguyễn Nguyễn Nguyễn Trần Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lưu Đào Mai Cao Tạ Hà Lâm Thái Trịnh Quách Tôn Châu Kiều Triệu Lương`),
  middleMale: w(`Văn Văn Hữu Đức Minh Quốc Thanh Công Đình Bảo Xuân Hoàng Anh`),
  middleFemale: w(`Thị Thị Thị Ngọc Thu Hồng Kim Thanh Minh Bảo Xuân`),
  given: w(`An Anh Bảo Bình Châu Chi Cường Dũng Dung Duy Giang Hà Hải Hạnh Hiền Hiếu Hòa Hoa Hùng Hưng Hương Huy Khang Khánh Khoa Lan Linh Loan Long Mai Minh My Nam Nga Ngân Nghĩa Ngọc Nhung Phong Phúc Phương Quân Quang Quỳnh Sơn Tâm Tân Thảo Thắng Thanh Thành Thịnh Thu Thủy Tiến Trang Trí Trung Tú Tuấn Tùng Uyên Vân Việt Vinh Xuân Yến`),
  countries: w("VN"),
};

export const AFRICAN = [
  { male: w(`Adebayo Oluwaseun Olumide Babatunde Ayodele Adewale Femi Tunde Kehinde Taiwo Abiodun Olufemi`), female: w(`Folake Funmilayo Yetunde Bukola Adeola Titilayo Omolara Olayinka`), surnames: w(`Adeyemi Ogunleye Adebayo Oladipo Balogun Afolabi Ogundipe Akinwale Oyelaran Adesanya Olatunji Adeleke Ajayi Okonkwo`), countries: w("NG") },
  { male: w(`Chinedu Chukwuemeka Obinna Ikenna Nnamdi Emeka Uchenna Chidi Kelechi`), female: w(`Ngozi Chiamaka Adaeze Nkechi Ifeoma Chinwe Amaka`), surnames: w(`Okafor Okeke Nwosu Eze Obi Okoye Nwachukwu Onyeka Okoro Anyanwu Chukwu Ibe Uzor Nnadi Ezeh`), countries: w("NG") },
  { male: w(`Abubakar Usman Musa Ibrahim Sani Aminu Bello Garba Lawal Yakubu Haruna Aliyu`), female: w(`Hadiza Zainab Halima Amina Hauwa Bilkisu`), surnames: w(`Danjuma Abdullahi Mohammed Suleiman Bello Yusuf Lawan Shehu Tanko Gambo`), countries: w("NG NE") },
  { male: w(`Baraka Juma Hamisi Omari Bakari Jabari Amani Kamau Otieno Odhiambo Kipchoge Kiprop`), female: w(`Zawadi Neema Rehema Imani Wanjiru Wanjiku Njeri Wambui Achieng Akinyi`), surnames: w(`Mwangi Kamau Otieno Odhiambo Ochieng Kariuki Njoroge Kimani Wafula Wekesa Mutua Musyoka Kiprotich Chebet Korir Mugisha Habimana Uwimana Niyonzima`), countries: w("KE TZ UG RW") },
  { male: w(`Thabo Sipho Bongani Mandla Themba Sibusiso Siyabonga Lwazi Tshepo Kagiso Mpho`), female: w(`Nomvula Thandiwe Zanele Nomsa Lindiwe Ntombi Palesa Lerato Karabo`), surnames: w(`Dlamini Nkosi Ndlovu Khumalo Mthembu Zulu Mkhize Ngcobo Buthelezi Cele Mahlangu Molefe Mokoena Nkuna Maseko Sithole Radebe Tshabalala Mabaso Masilela`), countries: w("ZA ZW LS") },
  { male: w(`Kwame Kofi Kwaku Kwabena Yaw Kojo Kwesi`), female: w(`Akua Ama Abena Efua Adwoa Yaa Afua`), surnames: w(`Mensah Owusu Boateng Asante Osei Appiah Agyeman Acheampong Amoah Danquah Ofori Addo Quaye Ansah`), countries: w("GH") },
  { male: w(`Abebe Bekele Tesfaye Getachew Haile Girma Alemayehu Dawit Yohannes Mulugeta Tadesse Kebede Mekonnen Negash Tsegaye`), female: w(`Almaz Tigist Meron Selam Hirut Mahlet Bethlehem`), surnames: w(`Abebe Bekele Tesfaye Getachew Haile Girma Alemayehu Dawit Yohannes Mulugeta Tadesse Kebede Mekonnen Negash Tsegaye`), countries: w("ET ER") },
  { male: w(`Mamadou Moussa Ousmane Abdoulaye Ibrahima Cheikh Amadou Seydou Boubacar Souleymane`), female: w(`Aminata Fatoumata Mariama Aïssatou Kadiatou Awa`), surnames: w(`Diallo Traoré Keïta Coulibaly Koné Touré Camara Diop Ndiaye Sow Ba Sy Fall Cissé Sylla Konaté Sangaré Ouédraogo Sawadogo Kaboré`), countries: w("SN ML CI BF GN") },
];

// Organisation vocabulary.
export const ORG = {
  industries: w(`Trading General_Trading Import_Export Shipping Marine Logistics Freight Construction Engineering Mining Metals Steel Petroleum Oil_&_Gas Energy Power Textiles Garments Apparel Seafood Fisheries Foods Agro Pharmaceuticals Medical Electronics Technology Software IT_Solutions Consulting Investment Capital Holdings Finance Realty Properties Development Hospitality Hotels Restaurants Tourism Chemicals Plastics Machinery Automotive Aviation Security Telecom Media Printing Packaging Furniture Timber Minerals Gems Gold Tobacco Beverages Cosmetics Education Healthcare Labour_Services Manpower Recruitment Staffing`).map((s) => s.replaceAll("_", " ")),
  modifiers: w(`International Global General United Pacific Atlantic Eastern Western Northern Southern Golden Silver Star Sun Ocean Asia Euro Trans Inter Premier Prime Royal Crown Victory Unity Alliance Pioneer Summit Apex Delta Nova Orient Continental Harbour Horizon Eagle Phoenix Dragon Lotus Jade Diamond Emerald Rainbow Blue Green Red`),
  coinParts: w(`tek vor zen tri lux max nex sol ver ion gen via tera cor alt ar bel cal dex el fin gal hel ind kor lin mar nov opt pax quant rex sig tor uni vel xen zor ax ol ix ra ta on`),
  byRegion: {
    en: { legal: ["Ltd", "Limited", "LLC", "Inc.", "Corp.", "Corporation", "PLC", "LLP", "Pty Ltd", "Co."], places: w("London Manchester Sydney Toronto Auckland Dublin Pacific Atlantic Highland Thames") },
    de: { legal: ["GmbH", "AG", "GmbH & Co. KG", "KG", "e.K."], words: w("Handels Bau Logistik Technik Maschinenbau Immobilien Vertrieb Beteiligungs Verwaltungs Industrie"), places: w("Berlin Hamburg Bayern Rhein Elbe Nord Süd") },
    fr: { legal: ["SARL", "SA", "SAS", "EURL", "SNC"], words: w("Société Compagnie Groupe Entreprise Établissements"), places: w("Paris Lyon Marseille Atlantique Provence Alpes") },
    es: { legal: ["S.A.", "S.L.", "S.A. de C.V.", "S. de R.L.", "Ltda."], words: w("Comercial Inversiones Constructora Distribuidora Importadora Servicios Grupo Industrias"), places: w("Madrid Andes Pacífico Iberia Caribe Sierra") },
    pt: { legal: ["Ltda", "S.A.", "Lda", "EIRELI"], words: w("Comercial Construtora Distribuidora Transportes Serviços Grupo Indústria"), places: w("Lisboa Atlântico Brasil Luanda Minas Paulista") },
    ru: { legal: ["OOO", "AO", "ZAO", "OAO", "PAO"], words: w("Восток Сибирь Альфа Техно Строй Инвест Торг Транс Нефть Газ Пром Агро Металл Энерго Флот Логистик Урал Байкал Северный Дальний"), places: w("Москва Владивосток Новосибирск Казань Хабаровск") },
    tr: { legal: ["A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş."], words: w("İnşaat Ticaret Tekstil Gıda Nakliyat Enerji Madencilik Turizm"), places: w("İstanbul Anadolu Ankara İzmir Ege Karadeniz") },
    ar: { legal: ["FZE", "FZCO", "LLC", "W.L.L.", "FZ-LLC", "Est.", "General Trading LLC"], places: w("Dubai Sharjah Gulf Emirates Doha Muscat Riyadh Jeddah Cairo Amman Beirut") },
    ir: { legal: ["Co.", "PJS", "Private Joint Stock Company", "Company"], places: w("Tehran Pars Khazar Kish Persian_Gulf Alborz Zagros").map((s) => s.replaceAll("_", " ")) },
    in: { legal: ["Pvt Ltd", "Private Limited", "LLP", "Ltd"], places: w("Mumbai Delhi Chennai Bengal Deccan Karachi Lahore Dhaka Colombo") },
    cn: { legal: ["Co., Ltd.", "Co., Limited", "Group Co., Ltd.", "Limited", "Trading Co., Ltd."], places: w("Dalian Dandong Shenyang Shanghai Shenzhen Guangzhou Qingdao Tianjin Beijing Hangzhou Ningbo Xiamen Hong_Kong Hunchun Yanbian").map((s) => s.replaceAll("_", " ")) },
    jp: { legal: ["K.K.", "Kabushiki Kaisha", "Co., Ltd.", "Corporation", "Godo Kaisha"], places: w("Tokyo Osaka Nippon Kansai Kyushu Hokkaido Yokohama") },
    kr: { legal: ["Co., Ltd.", "Corporation", "Company", "General Corporation", "Trading Corporation", "General Trading Company"], places: w("Korea Pyongyang Chosun Taedong Kumgang Rason Hamhung Sinuiju Nampo Chongjin Seoul Busan Incheon") },
    vn: { legal: ["JSC", "Co., Ltd", "Joint Stock Company", "Trading JSC"], places: w("Saigon Hanoi Mekong Halong Danang") },
    af: { legal: ["Ltd", "Pty Ltd", "Plc", "SARL", "Limited"], places: w("Lagos Accra Nairobi Kampala Addis Zambezi Sahel Kilimanjaro Niger Congo") },
  },
  arabicScript: {
    kinds: ["شركة", "مؤسسة", "مجموعة"],
    activities: ["للتجارة العامة", "للمقاولات", "للنقل البحري", "للاستيراد والتصدير", "للصناعات الغذائية", "للاستثمار"],
  },
};

export const JOB_TITLES = w(`software_engineer backend_developer frontend_developer mobile_app_developer data_analyst IT_consultant nurse construction_worker welder accountant teacher truck_driver chef line_cook seafood_processing_worker fisherman project_manager sales_representative cleaner warehouse_operative electrician plumber doctor lawyer marketing_manager graphic_designer sailor logistics_coordinator textile_worker garment_factory_worker waiter hotel_receptionist mining_engineer farm_worker security_guard artist translator pharmacist mechanic carpenter bricklayer shipyard_welder crypto_trader financial_analyst bank_teller student retired`).map((s) => s.replaceAll("_", " "));

export const CYRILLIC_LATIN = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

// Word parts that build further plausible surnames and given names (prefix + suffix), so that a
// list of a million names does not exhaust the name space and most onboarding subjects stay
// unlisted, as in real screening.
export const DERIVED = {
  anglo: { pre: w(`Ash Black Brad Brook Cald Craw Dun Fair Green Hart Hol Kings Lang Mid Nor Ox Ray Red Shel Stan Thorn Wad West Whit Wood Ald Bar Bel Bur Car Chad Clay Cran Dal Elm Fen Gar Hal Hay Kirk Lynd Mar Mort Pen Ran Rock Ros Rut Sal Sed Sher Stock Sun Tal Wal Wen Win`), suf: w(`ford ley ton wood worth field well by ham more croft dale wick shaw bridge stone brook hurst land low mere ridge well wright son`) },
  french: { pre: w(`Beau Belle Bon Clair Dau Du Gros Haut La Mar Mont Ro Val Ver Ri Cham Chau Fon Gou Lam Mal Pon Roch Sau Tour Vil`), suf: w(`mont ville court val champ fort bois pré roche lard rand bert nier det lier quet ron chet gnon`) },
  german: { pre: w(`Stein Berg Wald Feld Bach Brunn Hof Linden Rosen Eisen Gold Silber Schön Kirch Neu Alt Hoch Tal Wein Mühl Sonnen Grün Weiß Hirsch Adler Falken Eich Buch Tann Lieb`), suf: w(`berger mann bach feld hofer meier inger hausen brunner huber thaler stein müller reiter auer wieser lechner gruber`) },
  turkish: { pre: w(`Ak Kara Demir Yıldız Er Öz Gök Ay Kaya Tan Bay Yücel Uz Koç Şen Sarı Al Can Bal Çağ Dur Gül Kal Kız Taş Tek Ulu Yal`), suf: w(`oğlu can türk soy er han kan ay taş göz dağ man el ören baş gün yol`) },
  persian: { pre: w(`Hassan Ali Reza Karim Rahim Jafar Mohammad Ahmad Naser Taghi Ghasem Hossein Akbar Mirza Haji Sadegh Kazem Bagher Amir Shah Mehr Nour Gol Bahram Abdol Mahmoud Mousa Rasoul Yousef Jalal Kamal Latif Saber Sohrab Bijan Javad Farrokh Khosrow Parviz Hadi`), suf: w(`zadeh pour nejad far ian loo vand abadi khani i zadegan pour-Ali nia doost`) },
  japanese: {
    surPre: w(`Yama Ta Naka Ishi Mori Kawa Matsu Fuji Taka Hashi Oka Ko Ki Mura Sakura Kita Minami Nishi Higashi Hira Ue Shima Kuro Shira Aka Ao Iwa Kane Miya Tsuchi`),
    surSuf: w(`moto da mura kawa yama shita guchi no zaki hara ta saki oka be ki uchi sawa tani hata mizu`),
    malePre: w(`Hiro Taka Masa Kazu Yoshi Toshi Nobu Aki Haru Yasu Tomo Shin Ken Ryo Sho Dai Yu Kei Mitsu Tetsu Tada Hide Nao Sato Tsuyo`),
    maleSuf: w(`shi ki to ya o hiko nori yuki aki ro ta suke hei ji zo`),
    femalePre: w(`Yu Ke A To Na Mi Sa Ka Hiro Yo Ma Ha E Chi Ri Fu Ki Ku Ta Ai Mo Shi`),
    femaleSuf: w(`ko mi na ka e yo ri ho no sa`),
  },
  slavicLatin: { roots: w(`Nowa Kowal Wiśniew Wójt Zieliń Szyman Dąbrow Kozłow Jankow Mazur Wojciech Kwiatkow Krawc Kaczmar Piotr Grabow Pawł Michal Król Wiecz Jabłoń Wrób Majew Olszew Stęp Malinow Jawor Adam Dud Pawl Gór Witk Walcz Sikor Baran Rutk Szewc Ostrow Tomasz Pietr Zalew Bor Czar Dobr Gaw Hajd Jur Kacz Kub Lip Marc Nied Oles Pod Rad Sob Tar Urb Zaj Hor Novot Dvoř Proch Kuč Vesel Pospíš Pokor Háj Jelín Sedl Dolež Kol Navrát Čerm Jov Nikol Petr Marko Stojan Milo Vuk Đorđ Bab Jur Knež Tom Kost Sav Luk Radov`) },
  african: { pre: w(`Ade Olu Ola Ayo Fola Baba Chi Chukwu Nna Ike Obi Ama Kwa Ko Nya Mba Ngo Ngu Mwa Wa Ki Ka Tsho Tha Si Ma Nko Ba Dia Tou Sa Kou`), suf: w(`wale tunde yemi seun mide kunle bayo dele femi lola emeka nedu dike oma buike nsah kwa nga mbe ngi ra mbo thi lani nje ssa ré oré mba ko ta lo ya`) },
};
