// The student phone app (/join): the slides' phone model, built from slides.md and the public lesson.
import { slides } from 'virtual:classroom-phone-slides'
import { createApp } from 'vue'
import StudentApp from '../../components/StudentApp.vue'
import 'virtual:deck-fonts.css'
import '../phone.css'

const loadDiagrams = async () => (await import('virtual:classroom-diagrams')).diagrams
createApp(StudentApp, { slides, loadDiagrams }).mount('#app')
